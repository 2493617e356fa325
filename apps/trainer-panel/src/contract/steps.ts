import { STEP_TYPES, ZStepInput, ZTemplateInput } from "@gafus/core";
import { defineOperation } from "@gafus/http";
import { z } from "zod";
import { STEP_BODY_LIMIT } from "./body-limits";
import { ZIdParams } from "./params";

const tags = ["authoring"];

export const updateStepOp = defineOperation({
  method: "PATCH",
  path: "/trainer/api/steps/{id}",
  summary: "The whole step as the editor sends it (changes it wherever it is used)",
  tags,
  auth: "user",
  params: ZIdParams,
  body: ZStepInput,
  bodyLimit: STEP_BODY_LIMIT,
  response: z.object({ step: z.object({ id: z.uuid(), title: z.string(), type: z.enum(STEP_TYPES) }) }),
});

export const saveStepAsTemplateOp = defineOperation({
  method: "POST",
  path: "/trainer/api/steps/{id}/template",
  summary: "Save a copy in the caller's template library",
  tags,
  auth: "user",
  params: ZIdParams,
  body: ZTemplateInput,
  response: z.object({ template: z.object({ id: z.uuid(), category: z.string(), title: z.string() }) }),
  status: 201,
});
