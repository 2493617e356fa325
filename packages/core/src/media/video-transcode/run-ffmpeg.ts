import { spawn } from "node:child_process";

/**
 * Runs ffmpeg, reading its `-progress pipe:1` key=value lines to report the share of `durationSec` encoded so far.
 * Rejects with the tail of stderr (ffmpeg's own reason) on a non-zero exit.
 */
export function runFfmpeg(
  args: string[],
  { durationSec, onProgress }: { durationSec?: number; onProgress?: (fraction: number) => void } = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("ffmpeg", args, { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    let buffered = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    child.stdout.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) {
        // out_time_us is microseconds (out_time_ms is too, despite its name: an old ffmpeg quirk).
        const match = /^out_time_us=(\d+)/.exec(line);
        if (match && durationSec && onProgress) onProgress(Math.min(1, Number(match[1]) / 1e6 / durationSec));
      }
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`ffmpeg exited with ${code}: ${stderr.trim().split("\n").slice(-3).join(" | ")}`));
    });
  });
}
