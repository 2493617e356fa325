import { retryVideo } from "@gafus/core";
import { jsonResponse } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { getStorage } from "@gafus/storage";
import { apiRoute, logger, requireApiUser } from "@/server/api";
import { assetIdParam, enqueueTranscoding } from "@/modules/videos/server";

/** POST /trainer/api/videos/{id}/retry — a failed transcoding, once more (a new attempt, a new job). */
export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireApiUser(request);
  const assetId = await assetIdParam(params);
  return jsonResponse(
    await retryVideo({ db: getDb(), storage: getStorage(), actor: user, assetId, enqueue: enqueueTranscoding, logger }),
  );
});
