import { z } from "zod";

/** Where a background job (a report, an AI draft) stands; the panel polls until READY or FAILED. */
export const ZJobState = z.enum(["QUEUED", "RUNNING", "READY", "FAILED"]);
