import type { TRung } from "./plan-ladder";

export const HLS_SEGMENT_SECONDS = 4;

/**
 * One ffmpeg run for the whole ladder: the source is decoded once and split into every rung (decoding once is
 * what keeps us near a plain ffmpeg command's speed). Key frames every segment length so all rungs cut at the same
 * moments and players can switch. `keyInfoFile` turns on AES-128 (ffmpeg's -hls_key_info_file); the benchmark's
 * plain command is this without the key info and the progress pipe.
 */
export function hlsLadderArgs({
  input,
  outDir,
  rungs,
  hasAudio,
  keyInfoFile,
  withProgress = true,
}: {
  input: string;
  outDir: string;
  rungs: TRung[];
  hasAudio: boolean;
  keyInfoFile?: string;
  withProgress?: boolean;
}): string[] {
  const split = `[0:v]split=${rungs.length}${rungs.map((_, i) => `[s${i}]`).join("")}`;
  const scales = rungs.map((r, i) => `[s${i}]scale=${r.width}:${r.height},format=yuv420p[v${i}]`);
  const args = [
    "-hide_banner",
    "-loglevel",
    "error",
    "-y",
    "-i",
    input,
    "-filter_complex",
    [split, ...scales].join(";"),
  ];
  rungs.forEach((r, i) => {
    args.push("-map", `[v${i}]`);
    if (hasAudio) args.push("-map", "0:a:0");
  });
  args.push("-c:v", "libx264", "-preset", "veryfast", "-profile:v", "main", "-sc_threshold", "0");
  args.push("-force_key_frames", `expr:gte(t,n_forced*${HLS_SEGMENT_SECONDS})`);
  rungs.forEach((r, i) => {
    args.push(`-b:v:${i}`, `${r.videoKbps}k`, `-maxrate:v:${i}`, `${Math.round(r.videoKbps * 1.07)}k`);
    args.push(`-bufsize:v:${i}`, `${r.videoKbps * 2}k`);
    if (hasAudio) args.push(`-b:a:${i}`, `${r.audioKbps}k`);
  });
  if (hasAudio) args.push("-c:a", "aac", "-ac", "2");
  args.push("-f", "hls", "-hls_time", String(HLS_SEGMENT_SECONDS), "-hls_playlist_type", "vod");
  args.push("-hls_flags", "independent_segments", "-hls_segment_type", "mpegts");
  if (keyInfoFile) args.push("-hls_key_info_file", keyInfoFile);
  args.push("-hls_segment_filename", `${outDir}/%v/seg_%04d.ts`);
  args.push(
    "-var_stream_map",
    rungs.map((r, i) => (hasAudio ? `v:${i},a:${i},name:${r.name}` : `v:${i},name:${r.name}`)).join(" "),
  );
  if (withProgress) args.push("-progress", "pipe:1", "-nostats");
  args.push(`${outDir}/%v/index.m3u8`);
  return args;
}
