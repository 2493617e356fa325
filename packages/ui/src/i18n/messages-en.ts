import { base } from "./en/base";
import { authoring } from "./en/authoring";
import { insights } from "./en/insights";
import { notify } from "./en/notify";
import { videos } from "./en/videos";
import { errors } from "./en/errors";

/**
 * English UI texts, one file per area under ./en. The Russian files must have exactly the same keys (each typed
 * against its English twin, and checked by a test).
 */
export const en = { ...base, ...authoring, ...insights, ...notify, ...videos, ...errors } as const;

export type TMessageKey = keyof typeof en;
