import type { TOperation } from "@gafus/http";
import * as account from "./account";
import * as courses from "./courses";
import * as diary from "./diary";
import * as locale from "./locale";
import * as me from "./me";
import * as meta from "./meta";
import * as notifications from "./notifications";
import * as pets from "./pets";
import * as push from "./push";
import * as reminders from "./reminders";
import * as training from "./training";
import * as uploads from "./uploads";

/**
 * Every operation of the web app's JSON API. Route files build their handlers from these, /api/v1/openapi.json is
 * generated from them, and the contract test checks that each has its route file and each route file its operation.
 */
export const WEB_OPERATIONS: readonly TOperation[] = [
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
