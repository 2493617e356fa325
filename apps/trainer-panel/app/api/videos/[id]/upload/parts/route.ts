import { presignVideoParts } from "@gafus/core";
import { getPublicStorage } from "@gafus/storage";
import { presignVideoPartsOp } from "@/contract/videos";
import { route } from "@/server/api";
import { videoLimits } from "@/modules/videos/server";

/** POST /trainer/api/videos/{id}/upload/parts — { partNumbers } → presigned PUT URLs on the public S3 endpoint. */
export const POST = route(presignVideoPartsOp, async ({ user, params, body, db }) =>
  presignVideoParts({
    db,
    publicStorage: getPublicStorage(),
    actor: user,
    assetId: params.id,
    partNumbers: body.partNumbers,
    partBytes: videoLimits().partBytes,
  }),
);
