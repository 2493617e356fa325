import { GetObjectCommand } from "@aws-sdk/client-s3";
import type { TActor } from "@gafus/auth";
import type { TDb } from "@gafus/prisma";
import { storageKeys, type TStorage } from "@gafus/storage";
import { z } from "zod";
import { AppError } from "../../errors/app-error";
import { mapS3ReadError } from "../s3-errors";
import { loadReadyVideo, loadWatchableVideo } from "./can-watch-video";
import { signMediaPath, verifyMediaPath } from "./media-signature";

const ZRenditions = z.array(
  z.object({ name: z.string(), width: z.number(), height: z.number(), bandwidth: z.number(), playlistKey: z.string() }),
);
const RENDITION = /^\d{2,4}p$/;
const SEGMENT = /^seg_\d{4,6}\.ts$/;

export const mediaBase = (assetId: string) => `/media/${assetId}`;

/** The master playlist, built from the database (so it only ever lists what the job finished). */
export async function getMasterPlaylist({ db, actor, assetId }: { db: TDb; actor: TActor | null; assetId: string }) {
  const asset = await loadReadyVideo(db, actor, assetId);
  const lines = ["#EXTM3U", "#EXT-X-VERSION:3", "#EXT-X-INDEPENDENT-SEGMENTS"];
  for (const r of ZRenditions.parse(asset.renditions))
    lines.push(
      `#EXT-X-STREAM-INF:BANDWIDTH=${r.bandwidth},RESOLUTION=${r.width}x${r.height},NAME="${r.name}"`,
      `${mediaBase(assetId)}/${r.name}/index.m3u8`,
    );
  return lines.join("\n") + "\n";
}

/**
 * A rendition playlist from S3 with its URIs rewritten on every request: the key to our entitlement-checked key
 * route, each segment to a URL signed for `ttlSec` (so a copied playlist stops working soon after).
 */
export async function getRenditionPlaylist({
  db,
  storage,
  actor,
  assetId,
  rendition,
  secret,
  ttlSec,
  nowSec = Math.floor(Date.now() / 1000),
}: {
  db: TDb;
  storage: TStorage;
  actor: TActor | null;
  assetId: string;
  rendition: string;
  secret: string;
  ttlSec: number;
  nowSec?: number;
}) {
  const asset = await loadReadyVideo(db, actor, assetId);
  const found = ZRenditions.parse(asset.renditions).find((r) => r.name === rendition);
  if (!RENDITION.test(rendition) || !found) throw new AppError("not_found", "No such rendition.");
  const object = await storage.client
    .send(new GetObjectCommand({ Bucket: storage.bucket, Key: found.playlistKey }))
    .catch(mapS3ReadError);
  const text = (await object.Body?.transformToString()) ?? "";
  const exp = nowSec + ttlSec;
  return text
    .split("\n")
    .map((line) => {
      if (line.startsWith("#EXT-X-KEY:"))
        return line.replace(/URI="[^"]*"/, `URI="${mediaBase(assetId)}/key"`);
      if (!SEGMENT.test(line.trim())) return line;
      const path = `${assetId}/${rendition}/${line.trim()}`;
      return `${mediaBase(assetId)}/${rendition}/${line.trim()}?exp=${exp}&sig=${signMediaPath(secret, path, exp)}`;
    })
    .join("\n");
}

/** The AES-128 key: only from the database, only to someone entitled to the video. */
export async function getVideoKey({ db, actor, assetId }: { db: TDb; actor: TActor | null; assetId: string }) {
  const asset = await loadReadyVideo(db, actor, assetId);
  return new Uint8Array(asset.hlsKey);
}

/**
 * An encrypted segment for a valid signed URL. No session or database lookup: the signature is the permission
 * (issued only in a playlist to an entitled user), which keeps segment requests cheap.
 */
export async function getVideoSegment({
  storage,
  assetId,
  rendition,
  file,
  exp,
  sig,
  secret,
}: {
  storage: TStorage;
  assetId: string;
  rendition: string;
  file: string;
  exp: string | null;
  sig: string | null;
  secret: string;
}) {
  if (!RENDITION.test(rendition) || !SEGMENT.test(file)) throw new AppError("not_found", "No such segment.");
  if (!verifyMediaPath(secret, `${assetId}/${rendition}/${file}`, exp, sig))
    throw new AppError("forbidden", "This link has expired or is not valid.");
  const object = await storage.client
    .send(
      new GetObjectCommand({ Bucket: storage.bucket, Key: `${storageKeys.mediaHls(assetId)}${rendition}/${file}` }),
    )
    .catch(mapS3ReadError);
  if (!object.Body) throw new AppError("not_found", "No such segment.");
  return {
    body: object.Body.transformToWebStream(),
    length: object.ContentLength,
    maxAgeSec: Math.max(0, Number(exp) - Math.floor(Date.now() / 1000)),
  };
}

/** The poster frame: to anyone who may watch the video (the panel's list, the player's poster). */
export async function getVideoThumbnail({
  db,
  storage,
  actor,
  assetId,
}: {
  db: TDb;
  storage: TStorage;
  actor: TActor | null;
  assetId: string;
}) {
  const asset = await loadWatchableVideo(db, actor, assetId);
  if (!asset.thumbnailKey) throw new AppError("not_found", "No thumbnail yet.");
  const object = await storage.client
    .send(new GetObjectCommand({ Bucket: storage.bucket, Key: asset.thumbnailKey }))
    .catch(mapS3ReadError);
  if (!object.Body) throw new AppError("not_found", "No thumbnail yet.");
  return { body: object.Body.transformToWebStream(), length: object.ContentLength };
}
