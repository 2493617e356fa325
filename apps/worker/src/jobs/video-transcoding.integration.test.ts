import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { testEnv } from "@gafus/config";
import { createLogger } from "@gafus/logger";
import { INTERRUPTED_REASON } from "@gafus/core";
import { createJobWorker, createQueue, enqueueVideoTranscoding, videoTranscodingJobId } from "@gafus/queues";
import { putObject, storageKeys } from "@gafus/storage";
import { createTestBucket, createTestDatabase, makeUser, makeVideoClip, type TTestDatabase } from "@gafus/testing";
import { UnrecoverableError } from "bullmq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startVideoTranscoding } from "./video-transcoding";

let t: TTestDatabase;
let bucket: Awaited<ReturnType<typeof createTestBucket>>;
let dir: string;
const redisUrl = testEnv().TEST_REDIS_URL;
const logger = createLogger("test", new Writable({ write: (_c, _e, done) => done() }));

beforeAll(async () => {
  [t, bucket] = await Promise.all([createTestDatabase(), createTestBucket()]);
  dir = mkdtempSync(join(tmpdir(), "gafus-worker-clips-"));
});
afterAll(async () => {
  await Promise.all([t.drop(), bucket.cleanup()]);
  rmSync(dir, { recursive: true, force: true });
});

async function queuedAsset(body: Buffer) {
  const owner = await makeUser(t.db, { role: "TRAINER" });
  const id = randomUUID();
  const sourceKey = storageKeys.mediaSource(owner.id, id);
  await putObject(bucket, sourceKey, body);
  return t.db.mediaAsset.create({
    data: {
      id,
      ownerId: owner.id,
      title: "Clip",
      originalName: "c.mp4",
      contentType: "video/mp4",
      sizeBytes: BigInt(body.length),
      sourceKey,
      status: "QUEUED",
    },
  });
}

describe("video-transcoding worker", () => {
  it("transcodes an asset nobody could enqueue (Redis down at upload) once the sweeper finds it", async () => {
    const prefix = `test-video-${randomUUID().slice(0, 8)}`;
    const asset = await queuedAsset(readFileSync(makeVideoClip({ dir, seconds: 2, width: 320, height: 240 })));
    const running = startVideoTranscoding({
      db: t.db,
      storage: bucket,
      logger,
      redisUrl,
      prefix,
      sweepEveryMs: 200,
      sweepOlderThanMs: 0,
    });
    try {
      await expect
        .poll(async () => (await t.db.mediaAsset.findUniqueOrThrow({ where: { id: asset.id } })).status, {
          timeout: 30_000,
          interval: 200,
        })
        .toBe("READY");
    } finally {
      await running.close();
      const queue = createQueue("video-transcoding", { url: redisUrl, prefix });
      await queue.obliterate({ force: true });
      await queue.close();
    }
  }, 40_000);

  it("runs a job enqueued twice once, and fails an undecodable file at once without retries", async () => {
    const prefix = `test-video-${randomUUID().slice(0, 8)}`;
    const good = await queuedAsset(readFileSync(makeVideoClip({ dir, seconds: 1, width: 320, height: 240 })));
    const junk = await queuedAsset(
      Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from("ftypisom"), Buffer.alloc(2048)]),
    );
    const queue = createQueue("video-transcoding", { url: redisUrl, prefix });
    await enqueueVideoTranscoding(queue, { assetId: good.id, attempt: 0 });
    await enqueueVideoTranscoding(queue, { assetId: good.id, attempt: 0 });
    await enqueueVideoTranscoding(queue, { assetId: junk.id, attempt: 0 });
    const running = startVideoTranscoding({
      db: t.db,
      storage: bucket,
      logger,
      redisUrl,
      prefix,
      sweepEveryMs: 60_000,
    });
    try {
      await expect
        .poll(async () => (await t.db.mediaAsset.findUniqueOrThrow({ where: { id: junk.id } })).status, {
          timeout: 30_000,
        })
        .toBe("FAILED");
      await expect
        .poll(async () => (await t.db.mediaAsset.findUniqueOrThrow({ where: { id: good.id } })).status, {
          timeout: 30_000,
        })
        .toBe("READY");
      const junkJobId = videoTranscodingJobId({ assetId: junk.id, attempt: 0 });
      // The asset is marked FAILED inside the job, a moment before BullMQ records the job itself as failed.
      await expect.poll(() => queue.getJobState(junkJobId), { timeout: 10_000 }).toBe("failed");
      const failedJob = await queue.getJob(junkJobId);
      expect(failedJob?.attemptsMade).toBe(1);
      expect(failedJob?.failedReason).toMatch(/no video that can be decoded/);
      expect((await t.db.mediaAsset.findUniqueOrThrow({ where: { id: junk.id } })).error).toMatch(/no video/);
      await expect.poll(() => queue.getCompletedCount(), { timeout: 10_000 }).toBe(1);
    } finally {
      await running.close();
      await queue.obliterate({ force: true });
      await queue.close();
    }
  }, 40_000);

  it("settles what a dead worker left in TRANSCODING: a lost job runs again, a job BullMQ gave up on fails", async () => {
    const prefix = `test-video-${randomUUID().slice(0, 8)}`;
    const clip = readFileSync(makeVideoClip({ dir, seconds: 1, width: 320, height: 240 }));
    const lost = await queuedAsset(clip);
    const abandoned = await queuedAsset(clip);
    await t.db.mediaAsset.updateMany({
      where: { id: { in: [lost.id, abandoned.id] } },
      data: { status: "TRANSCODING", progress: 40 },
    });
    const queue = createQueue("video-transcoding", { url: redisUrl, prefix });
    // What BullMQ does to a job whose workers died more often than maxStalledCount allows: it fails it.
    await enqueueVideoTranscoding(queue, { assetId: abandoned.id, attempt: 0 });
    const dying = createJobWorker(
      "video-transcoding",
      async () => {
        throw new UnrecoverableError("job stalled more than allowable limit");
      },
      { url: redisUrl, prefix, logger },
    );
    const abandonedJobId = videoTranscodingJobId({ assetId: abandoned.id, attempt: 0 });
    await expect.poll(() => queue.getJobState(abandonedJobId), { timeout: 10_000 }).toBe("failed");
    await dying.close();

    const running = startVideoTranscoding({
      db: t.db,
      storage: bucket,
      logger,
      redisUrl,
      prefix,
      sweepEveryMs: 200,
      stuckOlderThanMs: 0,
    });
    try {
      await expect
        .poll(async () => (await t.db.mediaAsset.findUniqueOrThrow({ where: { id: lost.id } })).status, {
          timeout: 30_000,
        })
        .toBe("READY");
      await expect
        .poll(async () => await t.db.mediaAsset.findUniqueOrThrow({ where: { id: abandoned.id } }), {
          timeout: 10_000,
        })
        .toMatchObject({ status: "FAILED", error: INTERRUPTED_REASON, errorCode: "interrupted" });
    } finally {
      await running.close();
      await queue.obliterate({ force: true });
      await queue.close();
    }
  }, 40_000);
});
