import { pushEnv, redisEnv, type TPushEnv } from "@gafus/config";
import { runReengagement } from "@gafus/core";
import type { TLogger } from "@gafus/logger";
import type { TDb } from "@gafus/prisma";
import { createQueue } from "@gafus/queues";
import { Worker } from "bullmq";
import { upsertWithRetry } from "../upsert-with-retry";
import type { TFanOut } from "./reminders";

/**
 * The `reengagement` queue: an hourly job scheduler (one job per tick however many workers run) nudges inactive
 * students; the message rows make a second scan, or a second worker, send nothing twice.
 */
export function startReengagement({
  db,
  logger,
  fanOut,
  redisUrl,
  prefix,
  env = pushEnv(),
}: {
  db: TDb;
  logger: TLogger;
  fanOut: TFanOut;
  redisUrl?: string;
  prefix?: string;
  env?: TPushEnv;
}) {
  const url = redisUrl ?? redisEnv().REDIS_URL;
  const bullPrefix = prefix ?? `${redisEnv().REDIS_KEY_PREFIX}bull`;
  const queue = createQueue("reengagement", { url, prefix: bullPrefix });
  const worker = new Worker(
    "reengagement",
    async () => {
      // The delivery rows are committed with each nudge: a crash before the enqueue leaves them to the sweeper.
      const { notificationIds, userIds, deliveries } = await runReengagement({
        db,
        localHours: env.REENGAGEMENT_LOCAL_HOURS,
      });
      if (notificationIds.length > 0) await fanOut({ userIds, deliveries });
      logger.info({ sent: notificationIds.length }, "re-engagement scan done");
      return { sent: notificationIds.length };
    },
    {
      connection: { url, maxRetriesPerRequest: null },
      prefix: bullPrefix,
      concurrency: 1,
      lockDuration: env.JOB_LOCK_MS,
      stalledInterval: env.JOB_LOCK_MS,
    },
  );
  worker.on("failed", (job, error) => logger.error({ err: error, jobId: job?.id }, "re-engagement scan failed"));
  worker.on("error", (error) => logger.warn({ err: error }, "re-engagement worker connection problem"));
  const scheduling = upsertWithRetry(logger, () =>
    queue.upsertJobScheduler(
      "reengagement-daily",
      { pattern: env.REENGAGEMENT_CRON, tz: env.REENGAGEMENT_TZ },
      { name: "scan" },
    ),
  );
  return {
    queue,
    async close() {
      scheduling.stop();
      await worker.close();
      await queue.close();
    },
  };
}
