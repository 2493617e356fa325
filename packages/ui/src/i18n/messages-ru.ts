import type { TMessageKey } from "./messages-en";
import { base } from "./ru/base";
import { authoring } from "./ru/authoring";
import { insights } from "./ru/insights";
import { notify } from "./ru/notify";
import { videos } from "./ru/videos";
import { errors } from "./ru/errors";

/** Russian UI texts, one file per area under ./ru. */
export const ru: Record<TMessageKey, string> = { ...base, ...authoring, ...insights, ...notify, ...videos, ...errors };
