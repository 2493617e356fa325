import { redisEnv } from "@gafus/config";
import { ZEventEnvelope, type TEventEnvelope } from "@gafus/core";
import type { TLogger } from "@gafus/logger";
import { Worker } from "bullmq";

export type TEventHandler = { name: string; handle: (event: TEventEnvelope) => Promise<unknown> };

/**
 * Fans each event out to every handler. Handlers are idempotent by eventId, so a retried job (one handler failed)
 * or a redelivered event changes nothing twice.
 */
export function startEventsWorker({
  handlers,
  logger,
  concurrency = 10,
  redisUrl = redisEnv().REDIS_URL,
  prefix = `${redisEnv().REDIS_KEY_PREFIX}bull`,
}: {
  handlers: TEventHandler[];
  logger: TLogger;
  concurrency?: number;
  redisUrl?: string;
  prefix?: string;
}) {
  const worker = new Worker(
    "events",
    async (job) => {
      const event = ZEventEnvelope.parse(job.data);
      for (const handler of handlers) await handler.handle(event);
    },
    { connection: { url: redisUrl, maxRetriesPerRequest: null }, prefix, concurrency },
  );
  worker.on("failed", (job, error) =>
    logger.error(
      {
        err: error,
        eventId: job?.id,
        eventType: job?.name,
        correlationId: job?.data?.metadata?.correlationId,
        attempts: job?.attemptsMade,
      },
      "event job failed",
    ),
  );
  worker.on("error", (error) => logger.warn({ err: error }, "events worker connection problem"));
  return worker;
}
