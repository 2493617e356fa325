import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { loadReadyVideo } from "./load-ready-video";

/** The AES-128 key: only from the database, only to someone entitled to the video. */
export async function getVideoKey({ db, actor, assetId }: { db: TDb; actor: TActor | null; assetId: string }) {
  const asset = await loadReadyVideo(db, actor, assetId);
  return new Uint8Array(asset.hlsKey);
}
