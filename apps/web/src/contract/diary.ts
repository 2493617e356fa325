import { ZDiaryEntryInput } from "@gafus/core";
import { defineOperation, ZJsonDate } from "@gafus/http";
import { z } from "zod";
import { ZCourseParams, ZStepParams } from "./params";
import { ZCompletion } from "./shapes";

export const listDiaryEntriesOp = defineOperation({
  method: "GET",
  path: "/api/v1/courses/{slug}/diary",
  summary: "The caller's diary entries in the course",
  description: "Newest first; only the caller's own.",
  tags: ["diary"],
  auth: "user",
  params: ZCourseParams,
  response: z.object({
    entries: z.array(
      z.object({
        id: z.uuid(),
        content: z.string(),
        createdAt: ZJsonDate,
        dayOnCourse: z.object({ order: z.number().int(), day: z.object({ title: z.string() }) }),
      }),
    ),
  }),
});

export const writeDiaryEntryOp = defineOperation({
  method: "POST",
  path: "/api/v1/courses/{slug}/days/{day}/steps/{step}/diary",
  summary: "Write the day's diary entry",
  description: "A diary entry that also completes the diary step.",
  tags: ["diary"],
  auth: "user",
  params: ZStepParams,
  body: ZDiaryEntryInput,
  response: ZCompletion.extend({
    entry: z.object({ id: z.uuid(), content: z.string(), createdAt: ZJsonDate }),
  }),
  status: 201,
  errors: ["not_enrolled", "day_locked"],
});
