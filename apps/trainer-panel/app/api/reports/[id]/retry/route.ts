import { retryReport } from "@gafus/core";
import { jsonResponse } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute, requireApiUser } from "@/server/api";

/** POST /trainer/api/reports/{id}/retry — run a failed report again (requester or admin) → 202. */
export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireApiUser(request);
  const { id } = await params;
  return jsonResponse(await retryReport({ db: getDb(), actor: user, reportId: id }), 202);
});
