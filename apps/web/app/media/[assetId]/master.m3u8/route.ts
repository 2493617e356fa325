import { getMasterPlaylist } from "@gafus/core";
import { masterPlaylistOp } from "@/contract/media";
import { route } from "@/server/api";

/** GET /media/{assetId}/master.m3u8 — the master playlist, to users entitled to the video. */
export const GET = route(masterPlaylistOp, async ({ user, params, db }) => {
  const text = await getMasterPlaylist({ db, actor: user, assetId: params.assetId });
  return new Response(text, {
    headers: { "content-type": "application/vnd.apple.mpegurl", "cache-control": "private, no-store" },
  });
});
