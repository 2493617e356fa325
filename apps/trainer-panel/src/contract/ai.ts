import { ZAiDraftRequest } from "@gafus/core";
import { defineOperation } from "@gafus/http";
import { z } from "zod";
import { ZJobState } from "./job-state";
import { ZJsonDate } from "@gafus/http";
import { ZIdParams } from "./params";

const tags = ["ai"];
const ZKind = z.enum(["EXAM_FEEDBACK", "COURSE_TEXT"]);

export const requestAiDraftOp = defineOperation({
  method: "POST",
  path: "/trainer/api/ai/requests",
  summary: "Ask for a draft of exam feedback or of a course text; queued",
  description:
    "{ kind: EXAM_FEEDBACK, subjectId: examId } or { kind: COURSE_TEXT, subjectId: courseId|stepId, prompt }.",
  tags,
  auth: "user",
  body: ZAiDraftRequest,
  response: z.object({ id: z.uuid(), kind: ZKind, status: ZJobState, createdAt: ZJsonDate }),
  status: 202,
  errors: ["ai_not_configured"],
});

export const getAiRequestOp = defineOperation({
  method: "GET",
  path: "/trainer/api/ai/requests/{id}",
  summary: "Status and the draft text (the trainer who asked only)",
  tags,
  auth: "user",
  params: ZIdParams,
  response: z.object({
    id: z.uuid(),
    kind: ZKind,
    status: ZJobState,
    result: z.string().nullable(),
    error: z.string().nullable(),
    finishedAt: ZJsonDate.nullable(),
  }),
});
