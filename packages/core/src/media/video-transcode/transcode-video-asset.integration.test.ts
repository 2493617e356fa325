import { createDecipheriv } from "node:crypto";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getObject, listKeys, putObject, storageKeys } from "@gafus/storage";
import { createTestBucket, createTestDatabase, makeUser, makeVideoClip, type TTestDatabase } from "@gafus/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { transcodeVideoAsset, VideoRejectedError } from "./transcode-video-asset";

let t: TTestDatabase;
let bucket: Awaited<ReturnType<typeof createTestBucket>>;
let dir: string;
let work: string;

beforeAll(async () => {
  [t, bucket] = await Promise.all([createTestDatabase(), createTestBucket()]);
  dir = mkdtempSync(join(tmpdir(), "gafus-clips-"));
  work = mkdtempSync(join(tmpdir(), "gafus-work-"));
});
afterAll(async () => {
  await Promise.all([t.drop(), bucket.cleanup()]);
  rmSync(dir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

async function queuedAsset(file: string | Buffer) {
  const owner = await makeUser(t.db, { role: "TRAINER" });
  const id = crypto.randomUUID();
  const sourceKey = storageKeys.mediaSource(owner.id, id);
  const body = typeof file === "string" ? readFileSync(file) : file;
  await putObject(bucket, sourceKey, body);
  return t.db.mediaAsset.create({
    data: {
      id,
      ownerId: owner.id,
      title: "Clip",
      originalName: "clip.mp4",
      contentType: "video/mp4",
      sizeBytes: BigInt(body.length),
      sourceKey,
      status: "QUEUED",
    },
  });
}

const read = async (key: string) => Buffer.from(await (await getObject(bucket, key)).body!.bytes());

const run = (assetId: string, extra: { maxDurationSec?: number; isFinalAttempt?: boolean } = {}) =>
  transcodeVideoAsset({
    db: t.db,
    storage: bucket,
    assetId,
    attempt: 0,
    maxDurationSec: extra.maxDurationSec ?? 600,
    isFinalAttempt: extra.isFinalAttempt ?? true,
    workRoot: work,
  });

/** Runs a job while reading the asset's status and progress as the panel's poll would, every 25 ms. */
async function runWatched(assetId: string) {
  const seen: { status: string; progress: number }[] = [];
  let settled = false;
  const job = run(assetId).finally(() => (settled = true));
  while (!settled) {
    seen.push(
      await t.db.mediaAsset.findUniqueOrThrow({ where: { id: assetId }, select: { status: true, progress: true } }),
    );
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return { result: await job, seen };
}

describe("video-transcoding job", () => {
  it("turns a real clip into an AES-128 HLS ladder, a thumbnail and the duration, key only in the database", async () => {
    const asset = await queuedAsset(makeVideoClip({ dir, seconds: 5, width: 854, height: 480 }));
    const { result, seen } = await runWatched(asset.id);
    expect(result).toEqual({ status: "ready", renditions: ["480p", "360p"] });

    // Progress while transcoding: starts at 0, only grows, stays below 100 until READY sets 100.
    const running = seen.filter((s) => s.status === "TRANSCODING").map((s) => s.progress);
    expect(running[0]).toBe(0);
    expect(running).toEqual([...running].sort((a, b) => a - b));
    expect(running.every((p) => p >= 0 && p < 100)).toBe(true);
    expect(running.some((p) => p > 0)).toBe(true);
    // …and ends at 100 with READY (below).

    const ready = await t.db.mediaAsset.findUniqueOrThrow({ where: { id: asset.id } });
    expect(ready).toMatchObject({ status: "READY", progress: 100, width: 854, height: 480, error: null });
    expect(ready.durationSec).toBeCloseTo(5, 0);
    expect(ready.hlsKey).toHaveLength(16);
    expect(ready.renditions).toEqual([
      expect.objectContaining({ name: "480p", width: 854, height: 480 }),
      expect.objectContaining({ name: "360p", width: 640, height: 360 }),
    ]);

    const listed = await listKeys(bucket, storageKeys.mediaHls(asset.id));
    const keys = listed.map((key) => key.slice(storageKeys.mediaHls(asset.id).length)).sort();
    expect(keys).toContain("480p/index.m3u8");
    expect(keys).toContain("360p/index.m3u8");
    expect(keys).toContain("thumb.jpg");
    expect(keys.filter((k) => k.endsWith(".ts")).length).toBeGreaterThanOrEqual(4);
    // The key never reaches S3 (neither as a file nor inside a playlist).
    expect(keys.some((k) => /key/.test(k))).toBe(false);

    const playlist = (await read(`${ready.hlsPrefix}480p/index.m3u8`)).toString();
    const iv = /#EXT-X-KEY:METHOD=AES-128,URI="key",IV=0x([0-9a-f]{32})/i.exec(playlist)?.[1];
    expect(iv).toBeTruthy();
    const thumb = await read(ready.thumbnailKey!);
    expect([...thumb.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);

    // A segment is encrypted (no MPEG-TS sync byte) and decrypts with the stored key into MPEG-TS.
    const segment = await read(`${ready.hlsPrefix}480p/seg_0000.ts`);
    expect(segment[0]).not.toBe(0x47);
    const decipher = createDecipheriv("aes-128-cbc", ready.hlsKey!, Buffer.from(iv!, "hex"));
    const plain = Buffer.concat([decipher.update(segment), decipher.final()]);
    expect(plain[0]).toBe(0x47);
    expect(plain[188]).toBe(0x47);

    // Temporary files are gone.
    expect(readdirSync(work)).toEqual([]);
  }, 60_000);

  it("turns a phone clip stored sideways (rotation metadata) upright, keeping its portrait proportions", async () => {
    const landscape = makeVideoClip({ dir, seconds: 2, width: 320, height: 240, audio: false });
    const sideways = join(dir, "sideways.mp4");
    // What phones write: landscape frames plus "display turned by 90°".
    execFileSync("ffmpeg", [
      "-v",
      "error",
      "-y",
      "-i",
      landscape,
      "-c",
      "copy",
      "-metadata:s:v:0",
      "rotate=90",
      sideways,
    ]);
    const asset = await queuedAsset(sideways);
    await run(asset.id);
    const ready = await t.db.mediaAsset.findUniqueOrThrow({ where: { id: asset.id } });
    expect(ready).toMatchObject({ status: "READY", width: 240, height: 320 });
    expect(ready.renditions).toEqual([expect.objectContaining({ name: "240p", width: 240, height: 320 })]);

    // The frames themselves are upright: decrypt a segment and ask ffprobe.
    const playlist = (await read(`${ready.hlsPrefix}240p/index.m3u8`)).toString();
    const iv = /IV=0x([0-9a-f]{32})/i.exec(playlist)![1]!;
    const decipher = createDecipheriv("aes-128-cbc", ready.hlsKey!, Buffer.from(iv, "hex"));
    const segment = await read(`${ready.hlsPrefix}240p/seg_0000.ts`);
    const plainFile = join(dir, "segment.ts");
    writeFileSync(plainFile, Buffer.concat([decipher.update(segment), decipher.final()]));
    const probed = execFileSync("ffprobe", [
      "-v",
      "error",
      "-show_entries",
      "stream=width,height",
      "-of",
      "json",
      plainFile,
    ]);
    expect(JSON.parse(probed.toString()).streams).toEqual([{ width: 240, height: 320 }]);
  }, 60_000);

  it("is idempotent: a repeated job for a finished asset changes nothing; a new attempt re-runs with a new key", async () => {
    const asset = await queuedAsset(makeVideoClip({ dir, seconds: 2, width: 320, height: 240, audio: false }));
    await run(asset.id);
    const first = await t.db.mediaAsset.findUniqueOrThrow({ where: { id: asset.id } });
    expect(first.renditions).toEqual([expect.objectContaining({ name: "240p", width: 320, height: 240 })]);
    expect(await run(asset.id)).toEqual({ status: "skipped" });
    expect((await t.db.mediaAsset.findUniqueOrThrow({ where: { id: asset.id } })).readyAt).toEqual(first.readyAt);

    await t.db.mediaAsset.update({ where: { id: asset.id }, data: { status: "QUEUED", attempts: 1 } });
    // The old attempt's job, delivered late, must not run over the new one.
    expect(await run(asset.id)).toEqual({ status: "skipped" });
    await transcodeVideoAsset({
      db: t.db,
      storage: bucket,
      assetId: asset.id,
      attempt: 1,
      maxDurationSec: 600,
      isFinalAttempt: true,
    });
    const second = await t.db.mediaAsset.findUniqueOrThrow({ where: { id: asset.id } });
    expect(second.status).toBe("READY");
    expect(Buffer.from(second.hlsKey!).equals(Buffer.from(first.hlsKey!))).toBe(false);
  }, 60_000);

  it("fails with a reason, without retrying, when the video is longer than the limit", async () => {
    const asset = await queuedAsset(makeVideoClip({ dir, seconds: 3, width: 320, height: 240, audio: false }));
    await expect(run(asset.id, { maxDurationSec: 1, isFinalAttempt: false })).rejects.toBeInstanceOf(
      VideoRejectedError,
    );
    const failed = await t.db.mediaAsset.findUniqueOrThrow({ where: { id: asset.id } });
    expect(failed).toMatchObject({
      status: "FAILED",
      error: "The video is longer than 1 seconds.",
      errorCode: "too_long",
    });
    expect(readdirSync(work)).toEqual([]);
  });

  it("fails, without retrying, a video whose duration ffprobe cannot read (WebM streamed without an index)", async () => {
    // What a recorder writing straight to a pipe produces: real VP8 frames, no duration anywhere in the file.
    const streamed = join(dir, "streamed.webm");
    const webm = execFileSync("ffmpeg", [
      ...["-v", "error", "-f", "lavfi", "-i", "testsrc2=duration=2:size=320x240:rate=25"],
      ...["-c:v", "libvpx", "-b:v", "200k", "-f", "webm", "pipe:1"],
    ]);
    writeFileSync(streamed, webm);
    const asset = await queuedAsset(streamed);
    await expect(run(asset.id, { isFinalAttempt: false })).rejects.toMatchObject({
      name: "VideoRejectedError",
      code: "unknown_duration",
    });
    const failed = await t.db.mediaAsset.findUniqueOrThrow({ where: { id: asset.id } });
    expect(failed).toMatchObject({ status: "FAILED", errorCode: "unknown_duration", durationSec: null });
    expect(failed.error).toMatch(/duration cannot be read/);
    expect(readdirSync(work)).toEqual([]);
  });

  it("fails a file ffprobe cannot decode, and waits as QUEUED between retries of other errors", async () => {
    const junk = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from("ftypisom"), Buffer.alloc(4096, 7)]);
    const asset = await queuedAsset(junk);
    await expect(run(asset.id)).rejects.toThrow(/no video that can be decoded/);
    expect(await t.db.mediaAsset.findUniqueOrThrow({ where: { id: asset.id } })).toMatchObject({
      status: "FAILED",
      errorCode: "not_decodable",
    });

    const missing = await queuedAsset(Buffer.from("x"));
    await putObject(bucket, "unrelated", "x");
    await t.db.mediaAsset.update({ where: { id: missing.id }, data: { sourceKey: "media/source/nope/nope" } });
    await expect(run(missing.id, { isFinalAttempt: false })).rejects.toThrow();
    const waiting = await t.db.mediaAsset.findUniqueOrThrow({ where: { id: missing.id } });
    expect(waiting.status).toBe("QUEUED");
    expect(waiting.error).toMatch(/^Transcoding failed/);
    expect(waiting.errorCode).toBe("transcode_failed");
  });
});
