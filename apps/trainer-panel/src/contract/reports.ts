import { ZReportRequest } from "@gafus/core";
import { defineOperation } from "@gafus/http";
import { z } from "zod";
import { ZJobState } from "./job-state";
import { ZJsonDate } from "@gafus/http";
import { ZIdParams } from "./params";

const tags = ["reports"];
const ZReportType = z.enum(["COURSE_PROGRESS_CSV", "COURSE_SUMMARY_PDF"]);
const ZReport = z.object({
  id: z.uuid(),
  type: ZReportType,
  status: ZJobState,
  progress: z.number().int(),
  error: z.string().nullable(),
  fileName: z.string().nullable(),
  createdAt: ZJsonDate,
  finishedAt: ZJsonDate.nullable(),
  course: z.object({ id: z.uuid(), title: z.string() }).nullable(),
});

export const listReportsOp = defineOperation({
  method: "GET",
  path: "/trainer/api/reports",
  summary: "The caller's reports with status and progress (poll this while one runs)",
  tags,
  auth: "user",
  response: z.object({ reports: z.array(ZReport) }),
});

export const requestReportOp = defineOperation({
  method: "POST",
  path: "/trainer/api/reports",
  summary: "Ask for a course's progress CSV or summary PDF; queued",
  tags,
  auth: "user",
  body: ZReportRequest,
  response: z.object({
    id: z.uuid(),
    type: ZReportType,
    status: ZJobState,
    progress: z.number().int(),
    createdAt: ZJsonDate,
  }),
  status: 202,
});

export const getReportOp = defineOperation({
  method: "GET",
  path: "/trainer/api/reports/{id}",
  summary: "Status, progress and failure reason (requester or admin)",
  tags,
  auth: "user",
  params: ZIdParams,
  response: ZReport,
});

export const retryReportOp = defineOperation({
  method: "POST",
  path: "/trainer/api/reports/{id}/retry",
  summary: "Run a failed report again (requester or admin)",
  tags,
  auth: "user",
  params: ZIdParams,
  response: z.object({ id: z.uuid(), status: z.literal("QUEUED") }),
  status: 202,
  errors: ["conflict"],
});

export const downloadReportOp = defineOperation({
  method: "GET",
  path: "/trainer/api/reports/{id}/download",
  summary: "The finished file (requester or admin; 409 while not ready)",
  description: "A CSV or a PDF file; its Content-Type says which.",
  tags,
  auth: "user",
  params: ZIdParams,
  produces: "application/octet-stream",
  errors: ["conflict"],
});
