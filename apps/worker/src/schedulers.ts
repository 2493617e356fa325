import { queueEnv, type TQueueEnv } from "@gafus/config";
import { cleanupExamVideos } from "@gafus/core";
import type { TLogger } from "@gafus/logger";
import type { TDb } from "@gafus/prisma";
import type { TStorage } from "@gafus/storage";
import { createJobWorker, createQueue, upsertSchedule } from "@gafus/queues";
import { upsertWithRetry } from "./upsert-with-retry";

/**
 * Scheduled work. BullMQ job schedulers live in Redis, so however many workers run, each tick is one job, done
 * by one of them (no leader election of our own). Upserting on every start is safe: it replaces, never adds.
 */
export function startSchedulers({
  db,
  storage,
  logger,
  redisUrl,
  prefix,
  env = queueEnv(),
}: {
  db: TDb;
  storage: TStorage;
  logger: TLogger;
  redisUrl?: string;
  prefix?: string;
  env?: TQueueEnv;
}) {
  const connection = { url: redisUrl, prefix, logger };
  const cleanupQueue = createQueue("exam-cleanup", connection);
  const scheduling = upsertWithRetry(logger, () =>
    upsertSchedule(cleanupQueue, {
      id: "exam-video-retention",
      repeat: { pattern: env.EXAM_CLEANUP_CRON, tz: env.EXAM_CLEANUP_TZ },
      jobName: "cleanup",
    }),
  );
  const cleanupWorker = createJobWorker(
    "exam-cleanup",
    async () => {
      const result = await cleanupExamVideos({ db, storage });
      // Not a job failure: the rest were deleted, and these keep their rows for tomorrow's run.
      if (result.failed.length > 0) logger.warn({ failed: result.failed }, "S3 refused to delete some exam videos");
      logger.info({ deleted: result.deleted, failed: result.failed.length }, "exam videos past retention deleted");
      return result;
    },
    { ...connection, concurrency: 1 },
  );
  return {
    async close() {
      scheduling.stop();
      await cleanupWorker.close();
      await cleanupQueue.close();
    },
  };
}
