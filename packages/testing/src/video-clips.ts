import { ffmpegTestPattern } from "./e2e";

/**
 * A real clip from ffmpeg's test pattern (and a sine tone when `audio`), for the video pipeline's tests and
 * benchmark: H.264/AAC in MP4 by default, any size and length.
 */
export function makeVideoClip({
  dir,
  seconds = 3,
  width = 640,
  height = 360,
  rate = 25,
  audio = true,
  name = `clip-${Date.now()}-${Math.random().toString(36).slice(2, 6)}.mp4`,
}: {
  dir: string;
  seconds?: number;
  width?: number;
  height?: number;
  rate?: number;
  audio?: boolean;
  name?: string;
}): string {
  const extra = audio
    ? ["-f", "lavfi", "-i", `sine=frequency=440:duration=${seconds}`, "-c:a", "aac", "-shortest"]
    : [];
  return ffmpegTestPattern(
    `testsrc2=duration=${seconds}:size=${width}x${height}:rate=${rate}`,
    [...extra, "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"],
    `${dir}/${name}`,
  );
}
