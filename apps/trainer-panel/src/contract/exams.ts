import { ZExamReview } from "@gafus/core";
import { defineOperation } from "@gafus/http";
import { z } from "zod";
import { ZIdParams } from "./params";

const tags = ["exams"];

export const reviewExamOp = defineOperation({
  method: "POST",
  path: "/trainer/api/exams/{id}/review",
  summary: "Approve or reject a pending submission with a comment of up to 1000 characters",
  tags,
  auth: "user",
  params: ZIdParams,
  body: ZExamReview,
  response: z.object({ id: z.uuid(), status: z.enum(["APPROVED", "REJECTED"]) }),
  errors: ["conflict"],
});

export const getExamVideoOp = defineOperation({
  method: "GET",
  path: "/trainer/api/exams/{id}/video",
  summary: "The exam video to its reviewer (Range requests pass through for seeking)",
  tags,
  auth: "user",
  params: ZIdParams,
  produces: "video/*",
  errors: ["range_not_satisfiable"],
});
