import { pushEnv, type TPushEnv } from "@gafus/config";
import { runReengagement } from "@gafus/core";
import type { TLogger } from "@gafus/logger";
import type { TDb } from "@gafus/prisma";
import { createJobWorker, createQueue, upsertSchedule } from "@gafus/queues";
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
  const connection = { url: redisUrl, prefix, logger };
  const queue = createQueue("reengagement", connection);
  const worker = createJobWorker(
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
    { ...connection, concurrency: 1, lockDuration: env.JOB_LOCK_MS, stalledInterval: env.JOB_LOCK_MS },
  );
  const scheduling = upsertWithRetry(logger, () =>
    upsertSchedule(queue, {
      id: "reengagement-daily",
      repeat: { pattern: env.REENGAGEMENT_CRON, tz: env.REENGAGEMENT_TZ },
      jobName: "scan",
    }),
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
