import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { getObject, type TStorage } from "@gafus/storage";
import { AppError } from "../../errors/app-error";
import { mapS3ReadError } from "../s3-errors";
import { loadWatchableVideo } from "./load-watchable-video";

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
  const object = await getObject(storage, asset.thumbnailKey).catch(mapS3ReadError);
  if (!object.body) throw new AppError("not_found", "No thumbnail yet.");
  return { body: object.body.webStream(), length: object.contentLength };
}
