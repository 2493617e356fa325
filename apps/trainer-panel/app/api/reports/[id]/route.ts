import { findOwnReport } from "@gafus/core";
import { getReportOp } from "@/contract/reports";
import { route } from "@/server/api";

/** GET /trainer/api/reports/{id} — status, progress and failure reason (requester or admin). */
export const GET = route(getReportOp, async ({ user, params, db }) => {
  // The S3 key and the requester stay on the server.
  const {
    fileKey: _key,
    requesterId: _requester,
    ...report
  } = await findOwnReport({ db, actor: user, reportId: params.id });
  return report;
});
