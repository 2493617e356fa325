import { videoEnv } from "@gafus/config";
import { getVideoSegment } from "@gafus/core";
import { getStorage } from "@gafus/storage";
import { videoSegmentOp } from "@/contract/media";
import { route } from "@/server/api";

/**
 * GET /media/{assetId}/{rendition}/seg_NNNN.ts?exp=…&sig=… — an encrypted segment. Only the short-lived HMAC
 * signature that the rendition playlist handed out is checked (segments are many and small; the signature already
 * proves entitlement), so no session or database is read.
 */
export const GET = route(videoSegmentOp, async ({ params, query }) => {
  const segment = await getVideoSegment({
    storage: getStorage(),
    assetId: params.assetId,
    rendition: params.rendition,
    file: params.segment,
    exp: query.exp ?? null,
    sig: query.sig ?? null,
    secret: videoEnv().MEDIA_URL_SECRET,
  });
  return new Response(segment.body, {
    headers: {
      "content-type": "video/mp2t",
      "cache-control": `private, max-age=${segment.maxAgeSec}`,
      ...(segment.length !== undefined ? { "content-length": String(segment.length) } : {}),
    },
  });
});
