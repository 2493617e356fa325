import { completeVideoUpload } from "@gafus/core";
import { jsonResponse } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { getStorage } from "@gafus/storage";
import { apiRoute, logger, requireApiUser } from "@/server/api";
import { assetIdParam, enqueueTranscoding, videoLimits } from "@/modules/videos/server";

/** POST /trainer/api/videos/{id}/upload/complete — assemble, check size and magic bytes, queue the transcoding. */
export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireApiUser(request);
  const assetId = await assetIdParam(params);
  const result = await completeVideoUpload({
    db: getDb(),
    storage: getStorage(),
    actor: user,
    assetId,
    maxBytes: videoLimits().maxBytes,
    enqueue: enqueueTranscoding,
    logger,
  });
  return jsonResponse(result);
});
