import { getReportFile } from "@gafus/core";
import { getDb } from "@gafus/prisma";
import { getStorage } from "@gafus/storage";
import { apiRoute, requireApiUser } from "@/server/api";
import { downloadResponse } from "@/server/insights";

/** GET /trainer/api/reports/{id}/download — the finished file (requester or admin; 409 while not ready). */
export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireApiUser(request);
  const { id } = await params;
  const file = await getReportFile({ db: getDb(), storage: getStorage(), actor: user, reportId: id });
  return downloadResponse(file.body, file);
});
