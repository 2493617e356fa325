import { z } from "zod";

// Path parameters of the web API. A value that does not fit answers 404 (the wrapper), like an unknown object.
const ZSlug = z.string().regex(/^[a-z0-9-]{1,120}$/);
const ZNumber = z.coerce.number().int().min(1).max(1000);

export const ZCourseParams = z.object({ slug: ZSlug });
export const ZDayParams = z.object({ slug: ZSlug, day: ZNumber });
export const ZStepParams = z.object({ slug: ZSlug, day: ZNumber, step: ZNumber });
export const ZIdParams = z.object({ id: z.uuid() });
export const ZPreventionParams = z.object({ id: z.uuid(), entryId: z.uuid() });
