import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { getObject, type TStorage } from "@gafus/storage";
import { AppError } from "../../errors/app-error";
import { mapS3ReadError } from "../s3-errors";
import { loadReadyVideo } from "./load-ready-video";
import { mediaBase, RENDITION, SEGMENT, ZRenditions } from "./hls-paths";
import { signMediaPath } from "./media-signature";

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
  const object = await getObject(storage, found.playlistKey).catch(mapS3ReadError);
  const text = (await object.body?.text()) ?? "";
  const exp = nowSec + ttlSec;
  return text
    .split("\n")
    .map((line) => {
      if (line.startsWith("#EXT-X-KEY:")) return line.replace(/URI="[^"]*"/, `URI="${mediaBase(assetId)}/key"`);
      if (!SEGMENT.test(line.trim())) return line;
      const path = `${assetId}/${rendition}/${line.trim()}`;
      return `${mediaBase(assetId)}/${rendition}/${line.trim()}?exp=${exp}&sig=${signMediaPath(secret, path, exp)}`;
    })
    .join("\n");
}
