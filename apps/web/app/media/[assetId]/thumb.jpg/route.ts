import { getVideoThumbnail } from "@gafus/core";
import { getStorage } from "@gafus/storage";
import { videoThumbnailOp } from "@/contract/media";
import { route } from "@/server/api";

/** GET /media/{assetId}/thumb.jpg — the poster image, to users entitled to the video. */
export const GET = route(videoThumbnailOp, async ({ user, params, db }) => {
  const thumb = await getVideoThumbnail({ db, storage: getStorage(), actor: user, assetId: params.assetId });
  return new Response(thumb.body, {
    headers: { "content-type": "image/jpeg", "cache-control": "private, max-age=300" },
  });
});
