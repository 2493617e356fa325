import type { TOperation } from "@gafus/http";
import * as account from "./account";
import * as courses from "./courses";
import * as diary from "./diary";
import * as locale from "./locale";
import * as me from "./me";
import * as media from "./media";
import * as meta from "./meta";
import * as notifications from "./notifications";
import * as pets from "./pets";
import * as push from "./push";
import * as reminders from "./reminders";
import * as training from "./training";
import * as uploads from "./uploads";

/**
 * The operations of the web app. Route files build their handlers from these, /api/v1/openapi.json is generated
 * from them, and the contract test checks that each has its route file and each route file its operation.
 */
export const API_OPERATIONS: readonly TOperation[] = [
  ...Object.values(meta),
  ...Object.values(account),
  ...Object.values(courses),
  ...Object.values(training),
  ...Object.values(diary),
  ...Object.values(pets),
  ...Object.values(me),
  ...Object.values(reminders),
  ...Object.values(push),
  ...Object.values(notifications),
  ...Object.values(uploads),
  ...Object.values(locale),
];

/** Protected HLS under /media/ (outside /api/v1, in its own folder of app/). */
export const MEDIA_OPERATIONS: readonly TOperation[] = Object.values(media);

/** Everything the web app serves from declared operations: what /api/v1/openapi.json documents. */
export const WEB_OPERATIONS: readonly TOperation[] = [...API_OPERATIONS, ...MEDIA_OPERATIONS];
