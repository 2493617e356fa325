import { ZAccessInput, ZCourseInput, ZCourseUpdate, ZDayInput, ZReorder, ZReuseDay } from "@gafus/core";
import { defineOperation } from "@gafus/http";
import { z } from "zod";
import { ZAccessParams, ZIdParams, ZPlacementParams } from "./params";

const tags = ["authoring"];
const ZPublished = z.object({ course: z.object({ id: z.uuid(), isPublished: z.boolean() }) });
/** Where a day now sits in the course: the day, its placement and its number. */
const ZDayPlacement = z.object({ dayId: z.uuid(), placementId: z.uuid(), order: z.number().int() });

export const createCourseOp = defineOperation({
  method: "POST",
  path: "/trainer/api/courses",
  summary: "A new unpublished course of the caller's",
  tags,
  auth: "user",
  body: ZCourseInput,
  response: z.object({ course: z.object({ id: z.uuid(), slug: z.string(), title: z.string() }) }),
  status: 201,
  errors: ["conflict"],
});

export const updateCourseOp = defineOperation({
  method: "PATCH",
  path: "/trainer/api/courses/{id}",
  summary: "Change the named details (another trainer's course: 404)",
  tags,
  auth: "user",
  params: ZIdParams,
  body: ZCourseUpdate,
  response: z.object({
    course: z.object({ id: z.uuid(), slug: z.string(), title: z.string(), visibility: z.enum(["PUBLIC", "PRIVATE"]) }),
  }),
  errors: ["conflict"],
});

export const publishCourseOp = defineOperation({
  method: "POST",
  path: "/trainer/api/courses/{id}/publish",
  summary: "Put the course in the catalog (refused with the reasons while a day has no steps)",
  tags,
  auth: "user",
  params: ZIdParams,
  response: ZPublished,
  errors: ["conflict"],
});

export const unpublishCourseOp = defineOperation({
  method: "POST",
  path: "/trainer/api/courses/{id}/unpublish",
  summary: "Take the course out of the catalog (its author, a moderator or an admin)",
  tags,
  auth: "user",
  params: ZIdParams,
  response: ZPublished,
});

export const grantCourseAccessOp = defineOperation({
  method: "POST",
  path: "/trainer/api/courses/{id}/access",
  summary: "Let a student into a private course by email",
  tags,
  auth: "user",
  params: ZIdParams,
  body: ZAccessInput,
  response: z.object({ student: z.object({ id: z.uuid(), email: z.string(), name: z.string() }) }),
  status: 201,
});

export const revokeCourseAccessOp = defineOperation({
  method: "DELETE",
  path: "/trainer/api/courses/{id}/access/{userId}",
  summary: "Remove a student from the access list",
  tags,
  auth: "user",
  params: ZAccessParams,
  response: z.object({ removed: z.number().int() }),
});

export const addCourseDayOp = defineOperation({
  method: "POST",
  path: "/trainer/api/courses/{id}/days",
  summary: "A new day at the end of the course",
  tags,
  auth: "user",
  params: ZIdParams,
  body: ZDayInput,
  response: z.object({ day: ZDayPlacement }),
  status: 201,
});

export const removeCourseDayOp = defineOperation({
  method: "DELETE",
  path: "/trainer/api/courses/{id}/days/{placementId}",
  summary: "Take a day out of the course (it stays in the library; 409 once students worked on it)",
  tags,
  auth: "user",
  params: ZPlacementParams,
  response: z.object({ removed: z.uuid() }),
  errors: ["conflict"],
});

export const reorderCourseDaysOp = defineOperation({
  method: "PUT",
  path: "/trainer/api/courses/{id}/days/order",
  summary: "Every placement id of the course, first to last",
  tags,
  auth: "user",
  params: ZIdParams,
  body: ZReorder,
  response: z.object({ ids: z.array(z.uuid()) }),
  errors: ["conflict"],
});

export const reuseCourseDayOp = defineOperation({
  method: "POST",
  path: "/trainer/api/courses/{id}/days/reuse",
  summary: "Add a day from the author's library",
  tags,
  auth: "user",
  params: ZIdParams,
  body: ZReuseDay,
  response: z.object({ day: ZDayPlacement }),
  status: 201,
  errors: ["conflict"],
});
