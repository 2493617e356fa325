import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import type { TLogger } from "@gafus/logger";
import type { TDb } from "@gafus/prisma";
import { deletePrefix, getObject, storageKeys, type TStorage } from "@gafus/storage";
import type { TVideoFailureCode } from "../video-failure";
import { hlsLadderArgs } from "./hls-ladder-args";
import { planLadder } from "./plan-ladder";
import { probeVideo } from "./probe-video";
import { runFfmpeg } from "./run-ffmpeg";
import { uploadHlsDir } from "./upload-hls-dir";

/** A failure that retrying cannot fix (not a video, too long): the asset fails at once with this reason. */
export class VideoRejectedError extends Error {
  constructor(
    message: string,
    readonly code: TVideoFailureCode,
  ) {
    super(message);
    this.name = "VideoRejectedError";
  }
}

const formatLimit = (sec: number) => (sec < 120 ? `${sec} seconds` : `${Math.round(sec / 60)} minutes`);

export type TTranscodeResult = { status: "ready" | "skipped"; renditions?: string[] };

/**
 * The `video-transcoding` job: source from S3 → ffprobe → one ffmpeg run for the HLS ladder, AES-128 encrypted
 * with a fresh random key per run (kept only in the database) → thumbnail → upload → READY. Idempotent: a stale or
 * repeated job for an asset already done does nothing; a re-run replaces the asset's HLS files and key together.
 * Temporary files are removed whatever happens.
 */
export async function transcodeVideoAsset({
  db,
  storage,
  assetId,
  attempt,
  maxDurationSec,
  isFinalAttempt,
  logger,
  workRoot = tmpdir(),
}: {
  db: TDb;
  storage: TStorage;
  assetId: string;
  attempt: number;
  maxDurationSec: number;
  isFinalAttempt: boolean;
  logger?: TLogger;
  workRoot?: string;
}): Promise<TTranscodeResult> {
  const asset = await db.mediaAsset.findUnique({ where: { id: assetId } });
  // Deleted, superseded by a newer attempt, or finished already: nothing to do.
  if (!asset || asset.attempts !== attempt || !["QUEUED", "TRANSCODING"].includes(asset.status))
    return { status: "skipped" };
  await db.mediaAsset.update({
    where: { id: assetId },
    data: { status: "TRANSCODING", progress: 0, error: null, errorCode: null },
  });
  const work = await mkdtemp(join(workRoot, `gafus-video-${assetId.slice(0, 8)}-`));
  try {
    const source = join(work, "source");
    const object = await getObject(storage, asset.sourceKey);
    if (!object.body) throw new Error("the source is empty");
    await pipeline(object.body.nodeStream(), createWriteStream(source));

    const probe = await probeVideo(source);
    if (!probe) throw new VideoRejectedError("The file holds no video that can be decoded.", "not_decodable");
    const { durationSec } = probe;
    // Without a duration neither the length limit nor the progress bar can work: refuse rather than guess.
    if (durationSec === null)
      throw new VideoRejectedError(
        "The video's duration cannot be read; save or export it again (for example as MP4) and upload it anew.",
        "unknown_duration",
      );
    if (durationSec > maxDurationSec)
      throw new VideoRejectedError(`The video is longer than ${formatLimit(maxDurationSec)}.`, "too_long");

    const rungs = planLadder(probe);
    const key = randomBytes(16);
    const iv = randomBytes(16).toString("hex");
    const out = join(work, "hls");
    await mkdir(out);
    await writeFile(join(work, "key.bin"), key);
    // URI "key" is a placeholder: the playlist route rewrites it to /media/<asset>/key on every request.
    await writeFile(join(work, "key.info"), `key\n${join(work, "key.bin")}\n${iv}\n`);

    let lastSaved = 0;
    let lastAt = 0;
    await runFfmpeg(
      hlsLadderArgs({
        input: source,
        outDir: out,
        rungs,
        hasAudio: probe.hasAudio,
        keyInfoFile: join(work, "key.info"),
      }),
      {
        durationSec,
        onProgress: (fraction) => {
          // At most one write a second: the panel polls, it does not need every frame.
          const percent = Math.min(95, Math.floor(fraction * 95));
          if (percent <= lastSaved || Date.now() - lastAt < 1000) return;
          lastSaved = percent;
          lastAt = Date.now();
          void db.mediaAsset
            .updateMany({ where: { id: assetId, status: "TRANSCODING" }, data: { progress: percent } })
            .catch(() => undefined);
        },
      },
    );
    await runFfmpeg([
      "-hide_banner",
      "-loglevel",
      "error",
      "-y",
      "-ss",
      String(Math.min(1, durationSec / 2)),
      "-i",
      source,
      "-frames:v",
      "1",
      "-vf",
      "scale=480:-2",
      "-q:v",
      "4",
      join(out, "thumb.jpg"),
    ]);

    const prefix = storageKeys.mediaHls(assetId);
    await deletePrefix(storage, prefix);
    await uploadHlsDir(storage, out, prefix);
    await db.mediaAsset.update({
      where: { id: assetId },
      data: {
        status: "READY",
        progress: 100,
        error: null,
        errorCode: null,
        durationSec,
        width: probe.width,
        height: probe.height,
        hlsPrefix: prefix,
        thumbnailKey: `${prefix}thumb.jpg`,
        hlsKey: key,
        renditions: rungs.map((r) => ({
          name: r.name,
          width: r.width,
          height: r.height,
          bandwidth: (r.videoKbps + (probe.hasAudio ? r.audioKbps : 0)) * 1000,
          playlistKey: `${prefix}${r.name}/index.m3u8`,
        })),
        readyAt: new Date(),
      },
    });
    logger?.info({ assetId, rungs: rungs.map((r) => r.name), durationSec }, "video ready");
    return { status: "ready", renditions: rungs.map((r) => r.name) };
  } catch (error) {
    const rejected = error instanceof VideoRejectedError;
    const reason = rejected ? error.message : `Transcoding failed: ${(error as Error).message}`.slice(0, 500);
    const errorCode: TVideoFailureCode = rejected ? error.code : "transcode_failed";
    await db.mediaAsset.update({
      where: { id: assetId },
      // Between retries the asset waits as QUEUED (with the last reason); only the last attempt marks it FAILED.
      data: { status: rejected || isFinalAttempt ? "FAILED" : "QUEUED", error: reason, errorCode },
    });
    throw error;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
