import { STEP_TYPES } from "@gafus/core";
import { defineOperation } from "@gafus/http";
import { z } from "zod";
import { ZIdParams } from "./params";

const tags = ["authoring"];

export const listStepTemplatesOp = defineOperation({
  method: "GET",
  path: "/trainer/api/templates",
  summary: "Built-in templates and the caller's own, with every category",
  tags,
  auth: "user",
  // A blank or overlong category filters nothing, as the template page's links always did.
  query: z.object({ category: z.string().trim().min(1).max(60).optional().catch(undefined) }),
  response: z.object({
    templates: z.array(
      z.object({
        id: z.uuid(),
        category: z.string(),
        title: z.string(),
        type: z.enum(STEP_TYPES),
        content: z.string(),
        durationSec: z.number().int().nullable(),
        authorId: z.uuid().nullable(),
        isBuiltIn: z.boolean(),
      }),
    ),
    categories: z.array(z.string()),
  }),
});

export const deleteStepTemplateOp = defineOperation({
  method: "DELETE",
  path: "/trainer/api/templates/{id}",
  summary: "Delete one of the caller's templates",
  tags,
  auth: "user",
  params: ZIdParams,
  response: z.object({ removed: z.uuid() }),
});
