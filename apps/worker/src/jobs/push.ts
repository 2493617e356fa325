import { pushEnv, type TPushEnv } from "@gafus/config";
import {
  fanOutNotifications,
  findDeliveriesToResume,
  markDeliveryFailed,
  sendDelivery,
  TransientSendError,
  type TChannels,
  type TPlannedDelivery,
} from "@gafus/core";
import type { TLogger } from "@gafus/logger";
import type { TDb } from "@gafus/prisma";
import {
  createJobWorker,
  createQueue,
  enqueueDeliveries,
  rateLimitedError,
  resumeDeliveries,
  type TQueueJob,
  type TTypedJob,
  upsertSchedule,
} from "@gafus/queues";
import { DelayedError, type Worker } from "bullmq";
import { upsertWithRetry } from "../upsert-with-retry";

export type TPushOptions = {
  db: TDb;
  logger: TLogger;
  channels: TChannels;
  redisUrl?: string;
  prefix?: string;
  env?: TPushEnv;
};

/**
 * The `push` (Web Push) and `push-telegram` queues: one job per NotificationDelivery row, each queue with its
 * provider's rate limit, plus a sweeper job scheduler that re-enqueues rows whose job was lost or whose worker
 * died mid-send (lease expired). `fanOut` turns new notifications into delivery jobs.
 */
export function startPush({ db, logger, channels, redisUrl, prefix, env = pushEnv() }: TPushOptions) {
  const connection = { url: redisUrl, prefix, logger };
  const queues = { push: createQueue("push", connection), telegram: createQueue("push-telegram", connection) };
  const lock = { lockDuration: env.JOB_LOCK_MS, stalledInterval: env.JOB_LOCK_MS };

  async function process(job: TTypedJob<TQueueJob<"push">>, token: string | undefined, worker: () => Worker) {
    if (job.name === "sweep") {
      const rows = await findDeliveriesToResume({
        db,
        leaseMs: env.PUSH_SENDING_LEASE_MS,
        pendingForMs: env.PUSH_RESUME_AFTER_MS,
      });
      const { enqueued, retried, gaveUp } = await resumeDeliveries(
        queues,
        rows.flatMap((r) => (r.channel === "PUSH" || r.channel === "TELEGRAM" ? [{ ...r, channel: r.channel }] : [])),
      );
      // Their job gave up but the row was never marked (the worker died before its "failed" handler ran).
      for (const { id, reason } of gaveUp) {
        await markDeliveryFailed({ db, deliveryId: id, error: reason, leaseMs: env.PUSH_SENDING_LEASE_MS });
      }
      return { enqueued: enqueued.length, retried: retried.length, failed: gaveUp.length };
    }
    const { deliveryId } = job.data;
    try {
      const result = await sendDelivery({ db, deliveryId, channels, leaseMs: env.PUSH_SENDING_LEASE_MS });
      if (result.outcome === "later") {
        // Quiet hours or another worker's live claim: park this job until then instead of failing it.
        await job.moveToDelayed(result.until.getTime(), token);
        throw new DelayedError();
      }
      return result;
    } catch (error) {
      if (error instanceof TransientSendError && error.retryAfterMs) {
        // The provider said how long to wait: pause the whole queue (its rate limit), not just this job.
        await worker().rateLimit(error.retryAfterMs);
        throw rateLimitedError();
      }
      throw error;
    }
  }

  function startWorker(name: "push" | "push-telegram", perSecond: number, concurrency: number) {
    const worker: Worker = createJobWorker(name, (job, token) => process(job, token, () => worker), {
      ...connection,
      concurrency,
      limiter: { max: perSecond, duration: 1000 },
      ...lock,
    });
    // createJobWorker logs the failure; a delivery that gave up is also marked failed, so the sweeper leaves it.
    worker.on("failed", (job, error) => {
      if (!job || job.name !== "deliver") return;
      if (job.attemptsMade >= (job.opts.attempts ?? 1)) {
        void markDeliveryFailed({
          db,
          deliveryId: String(job.data.deliveryId),
          error: error.message,
          leaseMs: env.PUSH_SENDING_LEASE_MS,
        }).catch((err) => logger.error({ err }, "could not mark a delivery failed"));
      }
    });
    return worker;
  }
  const workers = [
    startWorker("push", env.PUSH_WEB_PER_SECOND, 20),
    startWorker("push-telegram", env.PUSH_TELEGRAM_PER_SECOND, 5),
  ];
  const scheduling = upsertWithRetry(logger, () =>
    upsertSchedule(queues.push, { id: "push-sweep", repeat: { every: env.PUSH_SWEEP_EVERY_MS }, jobName: "sweep" }),
  );

  /** Delivery rows already committed: enqueue them (quiet hours as a delay). */
  async function enqueue(planned: TPlannedDelivery[]) {
    // If Redis refuses now, the rows stay PENDING and the sweeper enqueues them within PUSH_RESUME_AFTER_MS.
    await enqueueDeliveries(queues, planned).catch((error) =>
      logger.warn({ err: error, count: planned.length }, "could not enqueue deliveries; the sweeper will"),
    );
    return planned;
  }

  return {
    /** After notifications are written: create their delivery rows and enqueue them. */
    async fanOut(input: { notificationIds?: string[]; eventId?: string }) {
      return enqueue(await fanOutNotifications({ db, ...input }));
    },
    enqueue,
    queues,
    isRunning: () => workers.every((w) => w.isRunning()),
    async close() {
      scheduling.stop();
      await Promise.all(workers.map((w) => w.close()));
      await Promise.all([queues.push.close(), queues.telegram.close()]);
    },
  };
}
