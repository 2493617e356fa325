import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/** `durationSec` is null when neither the container nor the stream says how long the video is. */
export type TProbe = { durationSec: number | null; width: number; height: number; hasAudio: boolean; fps: number };

export type TFfprobeJson = {
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
 * The probe from ffprobe's JSON, or null when it holds no decodable video stream. A file written without an index
 * (a stream recorded straight to disk, a raw H.264 track) can have no duration at all: ffprobe prints "N/A" or
 * nothing, and we say so (null) rather than guess 0, which would pass any length limit and leave progress at 0.
 */
export function readProbe(json: TFfprobeJson): TProbe | null {
  const video = json.streams?.find((s) => s.codec_type === "video" && s.width && s.height);
  if (!video?.width || !video.height) return null;
  const durationSec = Number(json.format?.duration ?? video.duration);
  const [num, den] = (video.avg_frame_rate ?? "25/1").split("/").map(Number);
  const fps = num && den ? num / den : 25;
  const turned = Math.abs(rotationOf(video)) % 180 === 90;
  return {
    durationSec: Number.isFinite(durationSec) && durationSec > 0 ? durationSec : null,
    width: turned ? video.height : video.width,
    height: turned ? video.width : video.height,
    hasAudio: Boolean(json.streams?.some((s) => s.codec_type === "audio")),
    fps,
  };
}

/** ffprobe's view of a file, with width and height as displayed (after rotation); see `readProbe`. */
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
  return readProbe(json);
}
