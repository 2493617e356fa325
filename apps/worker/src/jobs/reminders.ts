import { pushEnv, type TPushEnv } from "@gafus/config";
import { notifyTimerEnd, runDueReminders, type TEventEnvelope, type TPlannedDelivery } from "@gafus/core";
import type { TLogger } from "@gafus/logger";
import type { TDb } from "@gafus/prisma";
import { createJobWorker, createQueue, enqueueTimerEnd, upsertSchedule } from "@gafus/queues";
import { upsertWithRetry } from "../upsert-with-retry";

/** Enqueues delivery rows the use case already committed (and refreshes the live inbox count). */
export type TFanOut = (input: { userIds: string[]; deliveries: TPlannedDelivery[] }) => Promise<unknown>;

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
  const queue = createQueue("reminders", connection);
  const worker = createJobWorker(
    "reminders",
    async (job) => {
      if (job.name === "timer-end") {
        const timer = job.data;
        // A retry after a crash gets the same notification's pending deliveries back and enqueues them.
        const notified = await notifyTimerEnd({ db, timer });
        if (notified) await fanOut({ userIds: [timer.userId], deliveries: notified.deliveries });
        return { notified: Boolean(notified?.isNew) };
      }
      // A "scan" tick. A crash after runDueReminders commits loses nothing: its delivery rows wait for the sweeper.
      const { notificationIds, userIds, deliveries, skipped } = await runDueReminders({ db });
      if (notificationIds.length > 0) await fanOut({ userIds, deliveries });
      return { sent: notificationIds.length, skipped };
    },
    { ...connection, concurrency: 5, lockDuration: env.JOB_LOCK_MS, stalledInterval: env.JOB_LOCK_MS },
  );
  const scheduling = upsertWithRetry(logger, () =>
    upsertSchedule(queue, { id: "reminder-scan", repeat: { every: env.REMINDER_SCAN_EVERY_MS }, jobName: "scan" }),
  );
  return {
    /** Events handler: a started step timer gets its delayed end job (replays of the event add nothing). */
    async onEvent(event: TEventEnvelope) {
      if (event.eventType !== "training.step.timer_started.v1") return;
      await enqueueTimerEnd(queue, { ...event.data, eventId: event.eventId });
    },
    queue,
    async close() {
      scheduling.stop();
      await worker.close();
      await queue.close();
    },
  };
}
