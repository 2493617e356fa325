import { retryReport } from "@gafus/core";
import { retryReportOp } from "@/contract/reports";
import { route } from "@/server/api";

/** POST /trainer/api/reports/{id}/retry — run a failed report again (requester or admin) → 202. */
export const POST = route(retryReportOp, async ({ user, params, db }) =>
  retryReport({ db, actor: user, reportId: params.id }),
);
