import { findOwnReport } from "@gafus/core";
import { jsonResponse } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute, requireApiUser } from "@/server/api";

/** GET /trainer/api/reports/{id} — status, progress and failure reason (requester or admin). */
export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireApiUser(request);
  const { id } = await params;
  const {
    fileKey: _key,
    requesterId: _requester,
    ...report
  } = await findOwnReport({ db: getDb(), actor: user, reportId: id });
  return jsonResponse(report);
});
