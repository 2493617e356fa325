import { presignVideoParts, ZPresignParts } from "@gafus/core";
import { jsonResponse, readJsonBody } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { getPublicStorage } from "@gafus/storage";
import { apiRoute, requireApiUser } from "@/server/api";
import { assetIdParam, videoLimits } from "@/modules/videos/server";

/** POST /trainer/api/videos/{id}/upload/parts — { partNumbers } → presigned PUT URLs on the public S3 endpoint. */
export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireApiUser(request);
  const assetId = await assetIdParam(params);
  const { partNumbers } = await readJsonBody(request, ZPresignParts);
  const { partBytes } = videoLimits();
  return jsonResponse(
    await presignVideoParts({
      db: getDb(),
      publicStorage: getPublicStorage(),
      actor: user,
      assetId,
      partNumbers,
      partBytes,
    }),
  );
});
