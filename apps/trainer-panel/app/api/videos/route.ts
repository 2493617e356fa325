import { createVideoUpload, listVideos, ZCreateVideoUpload } from "@gafus/core";
import { jsonResponse, readJsonBody } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { getStorage } from "@gafus/storage";
import { apiRoute, requireApiUser } from "@/server/api";
import { videoLimits } from "@/modules/videos/server";

/** GET /trainer/api/videos — the trainer's videos with status and progress (the panel polls it). */
export const GET = apiRoute(async (request: Request) => {
  const user = await requireApiUser(request);
  return jsonResponse({ videos: await listVideos({ db: getDb(), actor: user }) });
});

/** POST /trainer/api/videos — { title, fileName, contentType, sizeBytes } opens a multipart upload. */
export const POST = apiRoute(async (request: Request) => {
  const user = await requireApiUser(request);
  const input = await readJsonBody(request, ZCreateVideoUpload);
  const created = await createVideoUpload({ db: getDb(), storage: getStorage(), actor: user, input, ...videoLimits() });
  return jsonResponse(created, 201);
});
