import { videoEnv } from "@gafus/config";
import {
  failInterruptedTranscoding,
  findQueuedVideos,
  findStuckTranscodings,
  transcodeVideoAsset,
  VideoRejectedError,
} from "@gafus/core";
import type { TLogger } from "@gafus/logger";
import type { TDb } from "@gafus/prisma";
import { createJobWorker, createQueue, enqueueVideoTranscoding, videoTranscodingJobId } from "@gafus/queues";
import type { TStorage } from "@gafus/storage";
import { UnrecoverableError } from "bullmq";

/**
 * The `video-transcoding` worker, plus a sweeper that enqueues QUEUED assets whose enqueue at upload time was lost
 * (Redis down), and settles TRANSCODING assets whose job is gone (enqueued again) or was given up by BullMQ after
 * its workers kept dying (marked FAILED, so the trainer can retry): the database, not Redis, is the record of what
 * must be transcoded.
 */
export function startVideoTranscoding({
  db,
  storage,
  logger,
  redisUrl,
  prefix,
  concurrency = videoEnv().VIDEO_TRANSCODE_CONCURRENCY,
  maxDurationSec = videoEnv().VIDEO_MAX_DURATION_SEC,
  sweepEveryMs = 15_000,
  sweepOlderThanMs = 20_000,
  stuckOlderThanMs = 60_000,
}: {
  db: TDb;
  storage: TStorage;
  logger: TLogger;
  redisUrl?: string;
  prefix?: string;
  concurrency?: number;
  maxDurationSec?: number;
  sweepEveryMs?: number;
  sweepOlderThanMs?: number;
  stuckOlderThanMs?: number;
}) {
  const connection = { url: redisUrl, prefix, logger };
  const queue = createQueue("video-transcoding", connection);
  const worker = createJobWorker(
    "video-transcoding",
    async (job) => {
      const { assetId, attempt } = job.data;
      try {
        return await transcodeVideoAsset({
          db,
          storage,
          assetId,
          attempt,
          maxDurationSec,
          isFinalAttempt: job.attemptsMade + 1 >= (job.opts.attempts ?? 1),
          logger,
        });
      } catch (error) {
        // Not a video, too long: retrying cannot help, and the asset already says why.
        if (error instanceof VideoRejectedError) throw new UnrecoverableError(error.message);
        throw error;
      }
    },
    // A long transcode must not be taken for a stalled job: BullMQ renews the lock while ffmpeg runs.
    { ...connection, concurrency, lockDuration: 60_000 },
  );

  const sweep = async () => {
    try {
      for (const asset of await findQueuedVideos({ db, olderThanMs: sweepOlderThanMs }))
        await enqueueVideoTranscoding(queue, { assetId: asset.id, attempt: asset.attempts });
      for (const asset of await findStuckTranscodings({ db, olderThanMs: stuckOlderThanMs })) {
        const job = { assetId: asset.id, attempt: asset.attempts };
        const state = await queue.getJobState(videoTranscodingJobId(job));
        if (state === "unknown") await enqueueVideoTranscoding(queue, job);
        else if (state === "failed" || state === "completed") {
          if (await failInterruptedTranscoding({ db, ...job }))
            logger.warn({ assetId: asset.id, state }, "transcoding was interrupted; the video is marked failed");
        }
      }
    } catch (error) {
      logger.warn({ err: error }, "video sweeper could not enqueue yet; will try again");
    }
  };
  const timer = setInterval(() => void sweep(), sweepEveryMs);
  timer.unref();
  void sweep();

  return {
    worker,
    sweep,
    async close() {
      clearInterval(timer);
      await worker.close();
      await queue.close();
    },
  };
}
