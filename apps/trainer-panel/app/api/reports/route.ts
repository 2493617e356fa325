import { listReports, requestReport, ZReportRequest } from "@gafus/core";
import { jsonResponse, readJsonBody } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute, requireApiUser } from "@/server/api";

/** GET /trainer/api/reports — the caller's reports with status and progress (poll this while one runs). */
export const GET = apiRoute(async (request: Request) => {
  const user = await requireApiUser(request);
  return jsonResponse({ reports: await listReports({ db: getDb(), actor: user }) });
});

/** POST /trainer/api/reports — { type: COURSE_PROGRESS_CSV | COURSE_SUMMARY_PDF, courseId } → 202, queued. */
export const POST = apiRoute(async (request: Request) => {
  const user = await requireApiUser(request);
  const input = await readJsonBody(request, ZReportRequest);
  return jsonResponse(await requestReport({ db: getDb(), actor: user, request: input }), 202);
});
