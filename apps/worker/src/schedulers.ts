import { redisEnv } from "@gafus/config";
import { cleanupExamVideos } from "@gafus/core";
import type { TLogger } from "@gafus/logger";
import type { TDb } from "@gafus/prisma";
import type { TStorage } from "@gafus/storage";
import { createQueue } from "@gafus/queues";
import { Worker } from "bullmq";
import { upsertWithRetry } from "./upsert-with-retry";

/**
 * Scheduled work. BullMQ job schedulers live in Redis, so however many workers run, each tick is one job, done
 * by one of them (no leader election of our own). Upserting on every start is safe: it replaces, never adds.
 */
export function startSchedulers({
  db,
  storage,
  logger,
  redisUrl = redisEnv().REDIS_URL,
  prefix = `${redisEnv().REDIS_KEY_PREFIX}bull`,
}: {
  db: TDb;
  storage: TStorage;
  logger: TLogger;
  redisUrl?: string;
  prefix?: string;
}) {
  const cleanupQueue = createQueue("exam-cleanup", { url: redisUrl, prefix });
  const scheduling = upsertWithRetry(logger, () =>
    cleanupQueue.upsertJobScheduler(
      "exam-video-retention",
      { pattern: "30 3 * * *", tz: "Europe/Moscow" },
      { name: "cleanup" },
    ),
  );
  const cleanupWorker = new Worker(
    "exam-cleanup",
    async () => {
      const result = await cleanupExamVideos({ db, storage });
      // Not a job failure: the rest were deleted, and these keep their rows for tomorrow's run.
      if (result.failed.length > 0) logger.warn({ failed: result.failed }, "S3 refused to delete some exam videos");
      logger.info({ deleted: result.deleted, failed: result.failed.length }, "exam videos past retention deleted");
      return result;
    },
    { connection: { url: redisUrl, maxRetriesPerRequest: null }, prefix, concurrency: 1 },
  );
  cleanupWorker.on("failed", (job, error) => logger.error({ err: error, jobId: job?.id }, "exam cleanup failed"));
  cleanupWorker.on("error", (error) => logger.warn({ err: error }, "exam cleanup worker connection problem"));
  return {
    async close() {
      scheduling.stop();
      await cleanupWorker.close();
      await cleanupQueue.close();
    },
  };
}
