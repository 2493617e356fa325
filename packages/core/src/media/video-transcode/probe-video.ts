import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

export type TProbe = { durationSec: number; width: number; height: number; hasAudio: boolean; fps: number };

type TFfprobeJson = {
  format?: { duration?: string };
  streams?: { codec_type?: string; width?: number; height?: number; duration?: string; avg_frame_rate?: string }[];
};

/** ffprobe's view of a file; null when it holds no decodable video stream (whatever its first bytes said). */
export async function probeVideo(path: string): Promise<TProbe | null> {
  let json: TFfprobeJson;
  try {
    const { stdout } = await run(
      "ffprobe",
      ["-v", "error", "-print_format", "json", "-show_format", "-show_streams", path],
      { maxBuffer: 8 * 1024 * 1024 },
    );
    json = JSON.parse(stdout) as TFfprobeJson;
  } catch {
    return null;
  }
  const video = json.streams?.find((s) => s.codec_type === "video" && s.width && s.height);
  if (!video?.width || !video.height) return null;
  const durationSec = Number(json.format?.duration ?? video.duration ?? 0);
  const [num, den] = (video.avg_frame_rate ?? "25/1").split("/").map(Number);
  const fps = num && den ? num / den : 25;
  return {
    durationSec: Number.isFinite(durationSec) ? durationSec : 0,
    width: video.width,
    height: video.height,
    hasAudio: Boolean(json.streams?.some((s) => s.codec_type === "audio")),
    fps,
  };
}
