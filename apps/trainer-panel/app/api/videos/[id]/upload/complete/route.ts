import { completeVideoUpload } from "@gafus/core";
import { getStorage } from "@gafus/storage";
import { completeVideoUploadOp } from "@/contract/videos";
import { route } from "@/server/api";
import { enqueueTranscoding, videoLimits } from "@/modules/videos/server";

/** POST /trainer/api/videos/{id}/upload/complete — assemble, check size and magic bytes, queue the transcoding. */
export const POST = route(completeVideoUploadOp, async ({ user, params, db, logger }) =>
  completeVideoUpload({
    db,
    storage: getStorage(),
    actor: user,
    assetId: params.id,
    maxBytes: videoLimits().maxBytes,
    enqueue: enqueueTranscoding,
    logger,
  }),
);
