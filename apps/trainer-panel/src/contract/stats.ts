import { defineOperation } from "@gafus/http";
import { z } from "zod";
import { ZIdParams } from "./params";

const tags = ["statistics"];
const count = z.number().int().nonnegative();

export const listStatsCoursesOp = defineOperation({
  method: "GET",
  path: "/trainer/api/stats/courses",
  summary: "The caller's courses (an admin: all) with headline numbers",
  tags,
  auth: "user",
  response: z.object({
    courses: z.array(
      z.object({
        id: z.uuid(),
        title: z.string(),
        isPublished: z.boolean(),
        enrolments: count,
        active: count,
        completed: count,
        pendingExams: count,
      }),
    ),
  }),
});

export const getCourseStatsOp = defineOperation({
  method: "GET",
  path: "/trainer/api/stats/courses/{id}",
  summary: "Enrolments, active, funnel, step drop-off and time (author or admin)",
  tags,
  auth: "user",
  params: ZIdParams,
  response: z.object({
    course: z.object({ id: z.uuid(), title: z.string(), slug: z.string(), description: z.string() }),
    enrolments: count,
    active: count,
    completed: count,
    pendingExams: count,
    funnel: z.array(z.object({ order: z.number().int(), title: z.string(), completed: count })),
    steps: z.array(
      z.object({
        dayOrder: z.number().int(),
        stepOrder: z.number().int(),
        title: z.string(),
        type: z.string(),
        started: count,
        completed: count,
        dropOff: count,
        avgMs: z.number().nullable(),
      }),
    ),
  }),
});

export const downloadProgressCsvOp = defineOperation({
  method: "GET",
  path: "/trainer/api/stats/courses/{id}/progress.csv",
  summary: "Student progress streamed as CSV (author or admin)",
  tags,
  auth: "user",
  params: ZIdParams,
  produces: "text/csv",
});
