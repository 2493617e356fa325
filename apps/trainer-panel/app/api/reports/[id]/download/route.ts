import { getReportFile } from "@gafus/core";
import { getStorage } from "@gafus/storage";
import { downloadReportOp } from "@/contract/reports";
import { route } from "@/server/api";
import { downloadResponse } from "@/server/insights";

/** GET /trainer/api/reports/{id}/download — the finished file (requester or admin; 409 while not ready). */
export const GET = route(downloadReportOp, async ({ user, params, db }) => {
  const file = await getReportFile({ db, storage: getStorage(), actor: user, reportId: params.id });
  return downloadResponse(file.body, file);
});
