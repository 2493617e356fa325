import { cancelVideoUpload, getVideoUpload } from "@gafus/core";
import { jsonResponse } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { getStorage } from "@gafus/storage";
import { apiRoute, requireApiUser } from "@/server/api";
import { assetIdParam, videoLimits } from "@/modules/videos/server";

/** GET /trainer/api/videos/{id}/upload — part size and the parts S3 already holds, to resume. */
export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireApiUser(request);
  const assetId = await assetIdParam(params);
  const { partBytes } = videoLimits();
  return jsonResponse(await getVideoUpload({ db: getDb(), storage: getStorage(), actor: user, assetId, partBytes }));
});

/** DELETE /trainer/api/videos/{id}/upload — cancel: aborts the multipart upload and forgets the video. */
export const DELETE = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireApiUser(request);
  const assetId = await assetIdParam(params);
  return jsonResponse(await cancelVideoUpload({ db: getDb(), storage: getStorage(), actor: user, assetId }));
});
