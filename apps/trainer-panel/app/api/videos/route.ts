import { createVideoUpload, listVideos } from "@gafus/core";
import { getStorage } from "@gafus/storage";
import { createVideoUploadOp, listVideosOp } from "@/contract/videos";
import { route } from "@/server/api";
import { videoLimits } from "@/modules/videos/server";

/** GET /trainer/api/videos — the trainer's videos with status and progress (the panel polls it). */
export const GET = route(listVideosOp, async ({ user, db }) => ({ videos: await listVideos({ db, actor: user }) }));

/** POST /trainer/api/videos — { title, fileName, contentType, sizeBytes } opens a multipart upload. */
export const POST = route(createVideoUploadOp, async ({ user, body, db }) =>
  createVideoUpload({ db, storage: getStorage(), actor: user, input: body, ...videoLimits() }),
);
