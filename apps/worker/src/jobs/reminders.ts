import { pushEnv, redisEnv } from "@gafus/config";
import { notifyTimerEnd, runDueReminders, type TEventEnvelope } from "@gafus/core";
import type { TLogger } from "@gafus/logger";
import type { TDb } from "@gafus/prisma";
import { createQueue, enqueueTimerEnd, ZTimerEndJob } from "@gafus/queues";
import { Worker } from "bullmq";
import { upsertWithRetry } from "./push";

type TFanOut = (input: { notificationIds: string[]; userIds: string[] }) => Promise<unknown>;

/**
 * The `reminders` queue: a job scheduler scans for due student reminders (each occurrence sent once, see
 * runDueReminders), and delayed "timer-end" jobs tell a student their step timer ran out.
 */
export function startReminders({
  db,
  logger,
  fanOut,
  redisUrl,
  prefix,
}: {
  db: TDb;
  logger: TLogger;
  fanOut: TFanOut;
  redisUrl?: string;
  prefix?: string;
}) {
  const env = pushEnv();
  const url = redisUrl ?? redisEnv().REDIS_URL;
  const bullPrefix = prefix ?? `${redisEnv().REDIS_KEY_PREFIX}bull`;
  const queue = createQueue("reminders", { url, prefix: bullPrefix });
  const worker = new Worker(
    "reminders",
    async (job) => {
      if (job.name === "scan") {
        const { notificationIds, userIds, skipped } = await runDueReminders({ db });
        if (notificationIds.length > 0) await fanOut({ notificationIds, userIds });
        return { sent: notificationIds.length, skipped };
      }
      if (job.name === "timer-end") {
        const timer = ZTimerEndJob.parse(job.data);
        const id = await notifyTimerEnd({ db, timer });
        if (id) await fanOut({ notificationIds: [id], userIds: [timer.userId] });
        return { notified: Boolean(id) };
      }
      throw new Error(`unknown reminders job ${job.name}`);
    },
    {
      connection: { url, maxRetriesPerRequest: null },
      prefix: bullPrefix,
      concurrency: 5,
      lockDuration: env.JOB_LOCK_MS,
      stalledInterval: env.JOB_LOCK_MS,
    },
  );
  worker.on("failed", (job, error) =>
    logger.error({ err: error, jobId: job?.id, name: job?.name }, "reminders job failed"),
  );
  worker.on("error", (error) => logger.warn({ err: error }, "reminders worker connection problem"));
  const scheduling = upsertWithRetry(logger, () =>
    queue.upsertJobScheduler("reminder-scan", { every: env.REMINDER_SCAN_EVERY_MS }, { name: "scan" }),
  );
  return {
    /** Events handler: a started step timer gets its delayed end job (replays of the event add nothing). */
    async onEvent(event: TEventEnvelope) {
      if (event.eventType !== "training.step.timer_started.v1") return;
      await enqueueTimerEnd(queue, ZTimerEndJob.parse({ ...event.data, eventId: event.eventId }));
    },
    queue,
    async close() {
      scheduling.stop();
      await worker.close();
      await queue.close();
    },
  };
}
