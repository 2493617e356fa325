import { videoEnv } from "@gafus/config";
import {
  AppError,
  getMasterPlaylist,
  getRenditionPlaylist,
  getVideoKey,
  getVideoSegment,
  getVideoThumbnail,
} from "@gafus/core";
import { getDb } from "@gafus/prisma";
import { getStorage } from "@gafus/storage";
import { z } from "zod";
import { apiRoute, optionalApiUser } from "@/server/api";

const PLAYLIST = "application/vnd.apple.mpegurl";
const PRIVATE = "private, no-store";

/**
 * Protected HLS (nginx /media/ → here):
 *   /media/<asset>/master.m3u8, /media/<asset>/<rendition>/index.m3u8, /media/<asset>/key, /media/<asset>/thumb.jpg
 *   — each checks the session's entitlement to the video;
 *   /media/<asset>/<rendition>/seg_NNNN.ts?exp=…&sig=… — checks only the short-lived HMAC signature that the
 *   rendition playlist handed out (segments are many and small; the signature already proves entitlement).
 */
export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ path: string[] }> }) => {
  const [assetId, second, third, ...rest] = (await params).path;
  if (!assetId || !z.uuid().safeParse(assetId).success || rest.length > 0)
    throw new AppError("not_found", "No such video.");
  const db = getDb();
  if (second && third?.endsWith(".ts")) {
    const url = new URL(request.url);
    const segment = await getVideoSegment({
      storage: getStorage(),
      assetId,
      rendition: second,
      file: third,
      exp: url.searchParams.get("exp"),
      sig: url.searchParams.get("sig"),
      secret: videoEnv().MEDIA_URL_SECRET,
    });
    return new Response(segment.body, {
      headers: {
        "content-type": "video/mp2t",
        "cache-control": `private, max-age=${segment.maxAgeSec}`,
        ...(segment.length !== undefined ? { "content-length": String(segment.length) } : {}),
      },
    });
  }
  const actor = await optionalApiUser(request);
  if (second === "master.m3u8" && !third)
    return new Response(await getMasterPlaylist({ db, actor, assetId }), {
      headers: { "content-type": PLAYLIST, "cache-control": PRIVATE },
    });
  if (second === "key" && !third)
    return new Response(Buffer.from(await getVideoKey({ db, actor, assetId })), {
      headers: { "content-type": "application/octet-stream", "cache-control": PRIVATE },
    });
  if (second === "thumb.jpg" && !third) {
    const thumb = await getVideoThumbnail({ db, storage: getStorage(), actor, assetId });
    return new Response(thumb.body, {
      headers: { "content-type": "image/jpeg", "cache-control": "private, max-age=300" },
    });
  }
  if (second && third === "index.m3u8") {
    const { MEDIA_URL_SECRET, MEDIA_URL_TTL_SEC } = videoEnv();
    const text = await getRenditionPlaylist({
      db,
      storage: getStorage(),
      actor,
      assetId,
      rendition: second,
      secret: MEDIA_URL_SECRET,
      ttlSec: MEDIA_URL_TTL_SEC,
    });
    return new Response(text, { headers: { "content-type": PLAYLIST, "cache-control": PRIVATE } });
  }
  throw new AppError("not_found", "No such video.");
});
