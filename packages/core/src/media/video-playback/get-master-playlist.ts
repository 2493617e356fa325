import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { loadReadyVideo } from "./load-ready-video";
import { mediaBase, ZRenditions } from "./hls-paths";

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
