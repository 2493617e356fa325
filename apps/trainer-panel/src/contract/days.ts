import { DAY_TYPES, ZDayInput, ZFromTemplate, ZReorder, ZReuseStep, ZStepInput } from "@gafus/core";
import { defineOperation } from "@gafus/http";
import { z } from "zod";
import { STEP_BODY_LIMIT } from "./body-limits";
import { ZIdParams, ZPlacementParams } from "./params";

const tags = ["authoring"];
/** Where a step now sits in the day: the step, its placement and its number. */
const ZStepPlacement = z.object({ stepId: z.uuid(), placementId: z.uuid(), order: z.number().int() });

export const updateDayOp = defineOperation({
  method: "PATCH",
  path: "/trainer/api/days/{id}",
  summary: "Title, description and type (the day changes in every course using it)",
  tags,
  auth: "user",
  params: ZIdParams,
  body: ZDayInput,
  response: z.object({
    day: z.object({ id: z.uuid(), title: z.string(), description: z.string(), type: z.enum(DAY_TYPES) }),
  }),
});

export const addDayStepOp = defineOperation({
  method: "POST",
  path: "/trainer/api/days/{id}/steps",
  summary: "A new step at the end of the day",
  tags,
  auth: "user",
  params: ZIdParams,
  body: ZStepInput,
  bodyLimit: STEP_BODY_LIMIT,
  response: z.object({ step: ZStepPlacement }),
  status: 201,
});

export const removeDayStepOp = defineOperation({
  method: "DELETE",
  path: "/trainer/api/days/{id}/steps/{placementId}",
  summary: "Take a step out of the day (it stays in the library; 409 once students worked on it)",
  tags,
  auth: "user",
  params: ZPlacementParams,
  response: z.object({ removed: z.uuid() }),
  errors: ["conflict"],
});

export const addStepFromTemplateOp = defineOperation({
  method: "POST",
  path: "/trainer/api/days/{id}/steps/from-template",
  summary: "A new step copied from a template",
  tags,
  auth: "user",
  params: ZIdParams,
  body: ZFromTemplate,
  response: z.object({ step: ZStepPlacement }),
  status: 201,
});

export const reorderDayStepsOp = defineOperation({
  method: "PUT",
  path: "/trainer/api/days/{id}/steps/order",
  summary: "Every step placement of the day, first to last",
  tags,
  auth: "user",
  params: ZIdParams,
  body: ZReorder,
  response: z.object({ ids: z.array(z.uuid()) }),
  errors: ["conflict"],
});

export const reuseDayStepOp = defineOperation({
  method: "POST",
  path: "/trainer/api/days/{id}/steps/reuse",
  summary: "Add a step from the author's library",
  tags,
  auth: "user",
  params: ZIdParams,
  body: ZReuseStep,
  response: z.object({ step: ZStepPlacement }),
  status: 201,
  errors: ["conflict"],
});
