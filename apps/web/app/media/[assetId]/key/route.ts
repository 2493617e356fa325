import { getVideoKey } from "@gafus/core";
import { videoKeyOp } from "@/contract/media";
import { route } from "@/server/api";

/** GET /media/{assetId}/key — the segments' AES-128 key, to users entitled to the video. */
export const GET = route(videoKeyOp, async ({ user, params, db }) => {
  const key = await getVideoKey({ db, actor: user, assetId: params.assetId });
  return new Response(Buffer.from(key), {
    headers: { "content-type": "application/octet-stream", "cache-control": "private, no-store" },
  });
});
