import { redisEnv } from "@gafus/config";
import { applyTrainingEvent, ZEventEnvelope } from "@gafus/core";
import type { TLogger } from "@gafus/logger";
import type { TDb } from "@gafus/prisma";
import { Worker } from "bullmq";

/** Fans each event out to its handlers. Every handler is idempotent by eventId, so retries and redeliveries are safe. */
export function startEventsWorker({ db, logger, concurrency = 10 }: { db: TDb; logger: TLogger; concurrency?: number }) {
  const { REDIS_URL, REDIS_KEY_PREFIX } = redisEnv();
  const worker = new Worker(
    "events",
    async (job) => {
      const event = ZEventEnvelope.parse(job.data);
      const log = logger.child({ eventId: event.eventId, eventType: event.eventType, correlationId: event.metadata.correlationId });
      const badges = await applyTrainingEvent({ db, event });
      if (badges.length) log.info({ badges }, "badges awarded");
      return { badges };
    },
    { connection: { url: REDIS_URL, maxRetriesPerRequest: null }, prefix: `${REDIS_KEY_PREFIX}bull`, concurrency },
  );
  worker.on("failed", (job, error) => logger.error({ err: error, jobId: job?.id, attempts: job?.attemptsMade }, "event job failed"));
  worker.on("error", (error) => logger.error({ err: error }, "events worker error"));
  return worker;
}
