import { videoEnv } from "@gafus/config";
import { getRenditionPlaylist } from "@gafus/core";
import { getStorage } from "@gafus/storage";
import { renditionPlaylistOp } from "@/contract/media";
import { route } from "@/server/api";

/**
 * GET /media/{assetId}/{rendition}/index.m3u8 — a rendition playlist, to users entitled to the video, with every
 * segment URL signed for MEDIA_URL_TTL_SEC (so a copied playlist stops working soon after).
 */
export const GET = route(renditionPlaylistOp, async ({ user, params, db }) => {
  const { MEDIA_URL_SECRET, MEDIA_URL_TTL_SEC } = videoEnv();
  const text = await getRenditionPlaylist({
    db,
    storage: getStorage(),
    actor: user,
    assetId: params.assetId,
    rendition: params.rendition,
    secret: MEDIA_URL_SECRET,
    ttlSec: MEDIA_URL_TTL_SEC,
  });
  return new Response(text, {
    headers: { "content-type": "application/vnd.apple.mpegurl", "cache-control": "private, no-store" },
  });
});
