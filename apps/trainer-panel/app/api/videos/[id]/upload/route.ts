import { cancelVideoUpload, getVideoUpload } from "@gafus/core";
import { getStorage } from "@gafus/storage";
import { cancelVideoUploadOp, getVideoUploadOp } from "@/contract/videos";
import { route } from "@/server/api";
import { videoLimits } from "@/modules/videos/server";

/** GET /trainer/api/videos/{id}/upload — part size and the parts S3 already holds, to resume. */
export const GET = route(getVideoUploadOp, async ({ user, params, db }) =>
  getVideoUpload({ db, storage: getStorage(), actor: user, assetId: params.id, partBytes: videoLimits().partBytes }),
);

/** DELETE /trainer/api/videos/{id}/upload — cancel: aborts the multipart upload and forgets the video. */
export const DELETE = route(cancelVideoUploadOp, async ({ user, params, db }) =>
  cancelVideoUpload({ db, storage: getStorage(), actor: user, assetId: params.id }),
);
