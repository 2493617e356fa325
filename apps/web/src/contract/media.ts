import { defineOperation } from "@gafus/http";
import { z } from "zod";

// Protected HLS under /media/ (nginx → the web app), outside /api/v1: the playlists and the key check the session's
// entitlement to the video (enrolled in a published course using it, its owner, an admin; anyone else gets 404);
// segments check only the short-lived HMAC signature the rendition playlist handed out.
const ZAssetParams = z.object({ assetId: z.uuid() });
const ZRenditionParams = ZAssetParams.extend({ rendition: z.string().meta({ description: "e.g. 720p" }) });
const ZSegmentParams = ZRenditionParams.extend({ segment: z.string().meta({ description: "e.g. seg_0000.ts" }) });
// A repeated or odd value is not refused with a 400: the signature check then answers 403, as for a wrong one.
const ZSignature = z.string().optional().catch(undefined);

const PLAYLIST = "application/vnd.apple.mpegurl";

export const masterPlaylistOp = defineOperation({
  method: "GET",
  path: "/media/{assetId}/master.m3u8",
  summary: "A video's HLS master playlist",
  tags: ["media"],
  auth: "optional",
  params: ZAssetParams,
  produces: PLAYLIST,
});

export const renditionPlaylistOp = defineOperation({
  method: "GET",
  path: "/media/{assetId}/{rendition}/index.m3u8",
  summary: "A rendition's playlist, its segments signed for MEDIA_URL_TTL_SEC",
  tags: ["media"],
  auth: "optional",
  params: ZRenditionParams,
  produces: PLAYLIST,
});

export const videoKeyOp = defineOperation({
  method: "GET",
  path: "/media/{assetId}/key",
  summary: "The AES-128 key of a video's segments",
  tags: ["media"],
  auth: "optional",
  params: ZAssetParams,
  produces: "application/octet-stream",
});

export const videoThumbnailOp = defineOperation({
  method: "GET",
  path: "/media/{assetId}/thumb.jpg",
  summary: "A video's thumbnail",
  tags: ["media"],
  auth: "optional",
  params: ZAssetParams,
  produces: "image/jpeg",
});

export const videoSegmentOp = defineOperation({
  method: "GET",
  path: "/media/{assetId}/{rendition}/{segment}",
  summary: "An encrypted segment, by the signed URL of its playlist",
  description: "No session is read: a valid, unexpired `exp` and `sig` are the permission (else 403).",
  tags: ["media"],
  auth: "anonymous",
  params: ZSegmentParams,
  query: z.object({ exp: ZSignature, sig: ZSignature }),
  produces: "video/mp2t",
  errors: ["forbidden"],
});
