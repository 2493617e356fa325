import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

export type TProbe = { durationSec: number; width: number; height: number; hasAudio: boolean; fps: number };

type TFfprobeJson = {
  format?: { duration?: string };
  streams?: {
    codec_type?: string;
    width?: number;
    height?: number;
    duration?: string;
    avg_frame_rate?: string;
    tags?: { rotate?: string };
    side_data_list?: { side_data_type?: string; rotation?: number }[];
  }[];
};

/**
 * The rotation a player applies (phones film landscape frames and record "turn by 90°"): the display matrix, or
 * the older `rotate` tag. ffmpeg applies it while decoding, so the frames we scale are the turned ones.
 */
function rotationOf(stream: NonNullable<TFfprobeJson["streams"]>[number]): number {
  const matrix = stream.side_data_list?.find((d) => d.side_data_type === "Display Matrix")?.rotation;
  const degrees = matrix ?? Number(stream.tags?.rotate ?? 0);
  return Number.isFinite(degrees) ? degrees : 0;
}

/**
 * ffprobe's view of a file, with width and height as displayed (after rotation); null when it holds no decodable
 * video stream (whatever its first bytes said).
 */
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
  const turned = Math.abs(rotationOf(video)) % 180 === 90;
  return {
    durationSec: Number.isFinite(durationSec) ? durationSec : 0,
    width: turned ? video.height : video.width,
    height: turned ? video.width : video.height,
    hasAudio: Boolean(json.streams?.some((s) => s.codec_type === "audio")),
    fps,
  };
}
