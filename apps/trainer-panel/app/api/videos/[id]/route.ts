import { deleteVideo } from "@gafus/core";
import { jsonResponse } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { getStorage } from "@gafus/storage";
import { apiRoute, requireApiUser } from "@/server/api";
import { assetIdParam } from "@/modules/videos/server";

/** DELETE /trainer/api/videos/{id} — the video and its files (owner or admin). */
export const DELETE = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireApiUser(request);
  const assetId = await assetIdParam(params);
  return jsonResponse(await deleteVideo({ db: getDb(), storage: getStorage(), actor: user, assetId }));
});
