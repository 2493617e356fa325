import { getAiRequest } from "@gafus/core";
import { jsonResponse } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute, requireApiUser } from "@/server/api";

/** GET /trainer/api/ai/requests/{id} — status and the draft text (the trainer who asked only). */
export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireApiUser(request);
  const { id } = await params;
  return jsonResponse(await getAiRequest({ db: getDb(), actor: user, requestId: id }));
});
