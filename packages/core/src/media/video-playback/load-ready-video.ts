import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { AppError } from "../../errors/app-error";
import { loadWatchableVideo } from "./load-watchable-video";

/** A video the actor may watch that has finished transcoding, with its key (playlists and the key route need it). */
export async function loadReadyVideo(db: TDb, actor: TActor | null, assetId: string) {
  const asset = await loadWatchableVideo(db, actor, assetId);
  if (asset.status !== "READY" || !asset.hlsKey) throw new AppError("not_found", "This video is not ready yet.");
  return { ...asset, hlsKey: asset.hlsKey };
}
