import { z } from "zod";

// Pieces of the web API's JSON answers that several operations share.

export const ZLevel = z.enum(["BEGINNER", "INTERMEDIATE", "ADVANCED"]);
export const ZCourseLocale = z.enum(["ru", "en"]);
export const ZVisibility = z.enum(["PUBLIC", "PRIVATE"]);
export const ZDayType = z.enum(["INTRODUCTION", "REGULAR", "DIAGNOSTICS", "SUMMARY"]);
export const ZStepType = z.enum(["TRAINING", "PRACTICE", "THEORY", "BREAK", "EXAMINATION", "DIARY"]);
export const ZStepStatus = z.enum(["NOT_STARTED", "IN_PROGRESS", "PAUSED", "COMPLETED"]);
export const ZExamStatus = z.enum(["PENDING", "APPROVED", "REJECTED"]);
export const ZRating = z.object({ average: z.number().nullable(), count: z.number().int() });
export const ZPetRef = z.object({ id: z.uuid(), name: z.string() });

/** What completing a step (by hand, an exam or a diary entry) finished besides it. */
export const ZCompletion = z.object({ dayCompleted: z.boolean(), courseCompleted: z.boolean() });
