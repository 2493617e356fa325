import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TVideoTranscodingJob } from "@gafus/queues";
import { headObjectSize, listUploadedParts, putObject, storageKeys } from "@gafus/storage";
import { createTestBucket, createTestDatabase, makeUser, makeVideoClip, type TTestDatabase } from "@gafus/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { failInterruptedTranscoding } from "../video-transcode/fail-interrupted-transcoding";
import { transcodeVideoAsset } from "../video-transcode/transcode-video-asset";
import { cancelVideoUpload } from "./cancel-video-upload";
import { completeVideoUpload } from "./complete-video-upload";
import { createVideoUpload } from "./create-video-upload";
import { getVideoUpload } from "./get-video-upload";
import { presignVideoParts } from "./presign-video-parts";
import { retryVideo } from "./retry-video";

let t: TTestDatabase;
let bucket: Awaited<ReturnType<typeof createTestBucket>>;
let dir: string;
const MIB = 1024 * 1024;
const PART = 5 * MIB;
const MAX = 64 * MIB;

beforeAll(async () => {
  [t, bucket] = await Promise.all([createTestDatabase(), createTestBucket()]);
  dir = mkdtempSync(join(tmpdir(), "gafus-upload-"));
});
afterAll(async () => {
  await Promise.all([t.drop(), bucket.cleanup()]);
  rmSync(dir, { recursive: true, force: true });
});

/** What the browser does: PUT each slice to its presigned URL, keeping S3's ETag. */
async function putParts(actor: { id: string; role: "TRAINER" }, assetId: string, file: Buffer, numbers: number[]) {
  const { parts } = await presignVideoParts({
    db: t.db,
    publicStorage: bucket,
    actor,
    assetId,
    partNumbers: numbers,
    partBytes: PART,
  });
  for (const { partNumber, url } of parts) {
    const res = await fetch(url, {
      method: "PUT",
      body: new Uint8Array(file.subarray((partNumber - 1) * PART, partNumber * PART)),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBeTruthy();
  }
}

/** A real MP4 padded past one part, so that the upload has two parts (S3's minimum part is 5 MiB). */
function twoPartVideo(): Buffer {
  const clip = readFileSync(makeVideoClip({ dir, seconds: 1, width: 320, height: 240, audio: false }));
  return Buffer.concat([clip, Buffer.alloc(PART + 1000 - clip.length)]);
}

describe("multipart video upload", () => {
  it("creates, resumes from S3's list of parts, completes and queues the transcoding", async () => {
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const actor = { id: trainer.id, role: "TRAINER" as const };
    const file = twoPartVideo();
    const created = await createVideoUpload({
      db: t.db,
      storage: bucket,
      actor,
      input: { title: "Sit", fileName: "sit.mp4", contentType: "video/mp4", sizeBytes: file.length },
      maxBytes: MAX,
      partBytes: PART,
    });
    expect(created).toMatchObject({ partSize: PART, partCount: 2 });

    // The connection drops after part 1: a reloaded page asks what is done and sends only part 2.
    await putParts(actor, created.id, file, [1]);
    const resumed = await getVideoUpload({ db: t.db, storage: bucket, actor, assetId: created.id, partBytes: PART });
    expect(resumed.done).toEqual([1]);
    await putParts(actor, created.id, file, [2]);

    const enqueued: TVideoTranscodingJob[] = [];
    const done = await completeVideoUpload({
      db: t.db,
      storage: bucket,
      actor,
      assetId: created.id,
      maxBytes: MAX,
      enqueue: async (job) => void enqueued.push(job),
    });
    expect(done.status).toBe("QUEUED");
    expect(enqueued).toEqual([{ assetId: created.id, attempt: 0 }]);
    const asset = await t.db.mediaAsset.findUniqueOrThrow({ where: { id: created.id } });
    expect(asset).toMatchObject({ status: "QUEUED", uploadId: null, sizeBytes: BigInt(file.length) });
    expect(await headObjectSize(bucket, asset.sourceKey)).toBe(file.length);
  });

  it("keeps the asset QUEUED when Redis is down at completion, for the sweeper to pick up", async () => {
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const actor = { id: trainer.id, role: "TRAINER" as const };
    const file = readFileSync(makeVideoClip({ dir, seconds: 1, width: 160, height: 120, audio: false }));
    const { id } = await createVideoUpload({
      db: t.db,
      storage: bucket,
      actor,
      input: { title: "Down", fileName: "d.mp4", contentType: "video/mp4", sizeBytes: file.length },
      maxBytes: MAX,
      partBytes: PART,
    });
    await putParts(actor, id, file, [1]);
    const result = await completeVideoUpload({
      db: t.db,
      storage: bucket,
      actor,
      assetId: id,
      maxBytes: MAX,
      enqueue: () => Promise.reject(new Error("Connection is closed.")),
    });
    expect(result.status).toBe("QUEUED");
  });

  it("refuses a file that is not a video at completion: 415, object deleted, asset FAILED with the reason", async () => {
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const actor = { id: trainer.id, role: "TRAINER" as const };
    const fake = Buffer.from("%PDF-1.7 this is not a video at all");
    const { id } = await createVideoUpload({
      db: t.db,
      storage: bucket,
      actor,
      input: { title: "Fake", fileName: "fake.mp4", contentType: "video/mp4", sizeBytes: fake.length },
      maxBytes: MAX,
      partBytes: PART,
    });
    await putParts(actor, id, fake, [1]);
    await expect(
      completeVideoUpload({ db: t.db, storage: bucket, actor, assetId: id, maxBytes: MAX, enqueue: async () => {} }),
    ).rejects.toMatchObject({ error: "unsupported_media_type", status: 415 });
    const asset = await t.db.mediaAsset.findUniqueOrThrow({ where: { id } });
    expect(asset.status).toBe("FAILED");
    expect(asset.error).toMatch(/not an MP4, MOV or WebM/);
    expect(asset.errorCode).toBe("not_a_video");
    expect(await headObjectSize(bucket, asset.sourceKey)).toBeNull();
    // Nothing left to transcode: a retry says so instead of queueing a job that cannot work.
    await expect(
      retryVideo({ db: t.db, storage: bucket, actor, assetId: id, enqueue: async () => {} }),
    ).rejects.toMatchObject({ error: "video_not_retryable", status: 409 });
  });

  it("refuses at completion a file whose parts add up to more than the limit, whatever size was declared", async () => {
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const actor = { id: trainer.id, role: "TRAINER" as const };
    const limit = 2 * MIB;
    // A real video (the type check would pass) of 3 MiB, declared as 1000 bytes: one part, sent whole.
    const clip = readFileSync(makeVideoClip({ dir, seconds: 1, width: 320, height: 240, audio: false }));
    const file = Buffer.concat([clip, Buffer.alloc(3 * MIB - clip.length)]);
    const { id } = await createVideoUpload({
      db: t.db,
      storage: bucket,
      actor,
      input: { title: "Liar", fileName: "l.mp4", contentType: "video/mp4", sizeBytes: 1000 },
      maxBytes: limit,
      partBytes: PART,
    });
    await putParts(actor, id, file, [1]);
    const enqueued: TVideoTranscodingJob[] = [];
    await expect(
      completeVideoUpload({
        db: t.db,
        storage: bucket,
        actor,
        assetId: id,
        maxBytes: limit,
        enqueue: async (job) => void enqueued.push(job),
      }),
    ).rejects.toMatchObject({ error: "payload_too_large", status: 413, details: { limit } });
    const asset = await t.db.mediaAsset.findUniqueOrThrow({ where: { id } });
    expect(asset).toMatchObject({
      status: "FAILED",
      errorCode: "too_large",
      uploadId: null,
      sizeBytes: BigInt(file.length),
    });
    expect(asset.error).toMatch(/larger than 2 MB/);
    // The assembled object is removed and nothing is queued.
    expect(await headObjectSize(bucket, asset.sourceKey)).toBeNull();
    expect(enqueued).toEqual([]);
  });

  it("refuses a declared type or size outside the limits before anything is stored", async () => {
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const actor = { id: trainer.id, role: "TRAINER" as const };
    const base = { title: "x", fileName: "x.mp4", contentType: "video/mp4", sizeBytes: 1000 };
    const create = (input: typeof base) =>
      createVideoUpload({ db: t.db, storage: bucket, actor, input, maxBytes: MAX, partBytes: PART });
    await expect(create({ ...base, contentType: "application/pdf" })).rejects.toMatchObject({ status: 415 });
    await expect(create({ ...base, sizeBytes: MAX + 1 })).rejects.toMatchObject({ status: 413 });
    expect(await t.db.mediaAsset.count({ where: { ownerId: trainer.id } })).toBe(0);
  });

  it("cancels: S3 drops the parts and the asset is gone", async () => {
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const actor = { id: trainer.id, role: "TRAINER" as const };
    const file = twoPartVideo();
    const { id } = await createVideoUpload({
      db: t.db,
      storage: bucket,
      actor,
      input: { title: "Cancel", fileName: "c.mp4", contentType: "video/mp4", sizeBytes: file.length },
      maxBytes: MAX,
      partBytes: PART,
    });
    await putParts(actor, id, file, [1]);
    const { sourceKey, uploadId } = await t.db.mediaAsset.findUniqueOrThrow({ where: { id } });
    await cancelVideoUpload({ db: t.db, storage: bucket, actor, assetId: id });
    expect(await t.db.mediaAsset.findUnique({ where: { id } })).toBeNull();
    await expect(listUploadedParts(bucket, { key: sourceKey, uploadId: uploadId! })).rejects.toMatchObject({
      name: "NoSuchUpload",
    });
  });

  it("refuses a student, and another trainer's upload looks like a missing one", async () => {
    const owner = await makeUser(t.db, { role: "TRAINER" });
    const other = await makeUser(t.db, { role: "TRAINER" });
    const student = await makeUser(t.db);
    const input = { title: "Mine", fileName: "m.mp4", contentType: "video/mp4", sizeBytes: 1000 };
    await expect(
      createVideoUpload({
        db: t.db,
        storage: bucket,
        actor: { id: student.id, role: "USER" },
        input,
        maxBytes: MAX,
        partBytes: PART,
      }),
    ).rejects.toMatchObject({ status: 403 });
    const { id } = await createVideoUpload({
      db: t.db,
      storage: bucket,
      actor: { id: owner.id, role: "TRAINER" },
      input,
      maxBytes: MAX,
      partBytes: PART,
    });
    const intruder = { id: other.id, role: "TRAINER" as const };
    await expect(
      presignVideoParts({
        db: t.db,
        publicStorage: bucket,
        actor: intruder,
        assetId: id,
        partNumbers: [1],
        partBytes: PART,
      }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(cancelVideoUpload({ db: t.db, storage: bucket, actor: intruder, assetId: id })).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      completeVideoUpload({
        db: t.db,
        storage: bucket,
        actor: intruder,
        assetId: id,
        maxBytes: MAX,
        enqueue: async () => {},
      }),
    ).rejects.toMatchObject({ status: 404 });
    expect((await t.db.mediaAsset.findUniqueOrThrow({ where: { id } })).status).toBe("UPLOADING");
  });

  it.each(["too_long", "not_decodable", "unknown_duration"])(
    "refuses a retry of a %s failure on the server (409 video_not_retryable), even with the source still in S3",
    async (errorCode) => {
      const trainer = await makeUser(t.db, { role: "TRAINER" });
      const actor = { id: trainer.id, role: "TRAINER" as const };
      const id = crypto.randomUUID();
      const sourceKey = storageKeys.mediaSource(trainer.id, id);
      await putObject(bucket, sourceKey, "bytes");
      await t.db.mediaAsset.create({
        data: {
          ...{ id, ownerId: trainer.id, title: "No", originalName: "n.mp4", contentType: "video/mp4" },
          ...{ sizeBytes: 5n, sourceKey, status: "FAILED", error: "refused", errorCode },
        },
      });
      const enqueued: TVideoTranscodingJob[] = [];
      const refusal = await retryVideo({
        db: t.db,
        storage: bucket,
        actor,
        assetId: id,
        enqueue: async (job) => void enqueued.push(job),
      }).catch((error: unknown) => error);
      expect(refusal).toMatchObject({ error: "video_not_retryable", status: 409, details: { reason: errorCode } });
      expect((refusal as { toBody(): unknown }).toBody()).toEqual({
        error: "video_not_retryable",
        message: expect.any(String),
        code: 409,
        details: { reason: errorCode },
      });
      expect(enqueued).toEqual([]);
      expect(await t.db.mediaAsset.findUniqueOrThrow({ where: { id } })).toMatchObject({
        status: "FAILED",
        errorCode,
        attempts: 0,
      });
    },
  );

  it("retries an interrupted transcoding: QUEUED again with a new attempt and job, which then reaches READY", async () => {
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const actor = { id: trainer.id, role: "TRAINER" as const };
    const file = readFileSync(makeVideoClip({ dir, seconds: 1, width: 320, height: 240, audio: false }));
    const { id } = await createVideoUpload({
      db: t.db,
      storage: bucket,
      actor,
      input: { title: "Again", fileName: "a.mp4", contentType: "video/mp4", sizeBytes: file.length },
      maxBytes: MAX,
      partBytes: PART,
    });
    await putParts(actor, id, file, [1]);
    await completeVideoUpload({
      db: t.db,
      storage: bucket,
      actor,
      assetId: id,
      maxBytes: MAX,
      enqueue: async () => {},
    });
    // The first attempt's worker died mid-run and BullMQ gave up on it: what the worker's sweeper records.
    await t.db.mediaAsset.update({ where: { id }, data: { status: "TRANSCODING" } });
    expect(await failInterruptedTranscoding({ db: t.db, assetId: id, attempt: 0 })).toBe(true);

    const enqueued: TVideoTranscodingJob[] = [];
    const retried = await retryVideo({
      db: t.db,
      storage: bucket,
      actor,
      assetId: id,
      enqueue: async (job) => void enqueued.push(job),
    });
    expect(retried).toEqual({ id, status: "QUEUED" });
    expect(enqueued).toEqual([{ assetId: id, attempt: 1 }]);
    expect(await t.db.mediaAsset.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "QUEUED",
      attempts: 1,
      error: null,
      errorCode: null,
    });

    // The enqueued job, run as the worker runs it, finishes the video.
    const result = await transcodeVideoAsset({
      db: t.db,
      storage: bucket,
      assetId: enqueued[0]!.assetId,
      attempt: enqueued[0]!.attempt,
      maxDurationSec: 600,
      isFinalAttempt: true,
    });
    expect(result.status).toBe("ready");
    expect(await t.db.mediaAsset.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "READY",
      progress: 100,
    });
  }, 60_000);
});
