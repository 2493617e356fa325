import { deleteVideo } from "@gafus/core";
import { getStorage } from "@gafus/storage";
import { deleteVideoOp } from "@/contract/videos";
import { route } from "@/server/api";

/** DELETE /trainer/api/videos/{id} — the video and its files (owner or admin). */
export const DELETE = route(deleteVideoOp, async ({ user, params, db }) =>
  deleteVideo({ db, storage: getStorage(), actor: user, assetId: params.id }),
);
