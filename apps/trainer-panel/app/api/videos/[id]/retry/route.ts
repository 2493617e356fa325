import { retryVideo } from "@gafus/core";
import { getStorage } from "@gafus/storage";
import { retryVideoOp } from "@/contract/videos";
import { route } from "@/server/api";
import { enqueueTranscoding } from "@/modules/videos/server";

/** POST /trainer/api/videos/{id}/retry — a failed transcoding, once more (a new attempt, a new job). */
export const POST = route(retryVideoOp, async ({ user, params, db, logger }) =>
  retryVideo({ db, storage: getStorage(), actor: user, assetId: params.id, enqueue: enqueueTranscoding, logger }),
);
