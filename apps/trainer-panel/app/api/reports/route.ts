import { listReports, requestReport } from "@gafus/core";
import { listReportsOp, requestReportOp } from "@/contract/reports";
import { route } from "@/server/api";

/** GET /trainer/api/reports — the caller's reports with status and progress (poll this while one runs). */
export const GET = route(listReportsOp, async ({ user, db }) => ({ reports: await listReports({ db, actor: user }) }));

/** POST /trainer/api/reports — { type: COURSE_PROGRESS_CSV | COURSE_SUMMARY_PDF, courseId } → 202, queued. */
export const POST = route(requestReportOp, async ({ user, body, db }) =>
  requestReport({ db, actor: user, request: body }),
);
