import { ZEventEnvelope, type TEventEnvelope } from "@gafus/core";
import type { TLogger } from "@gafus/logger";
import { createJobWorker } from "@gafus/queues";

export type TEventHandler = { name: string; handle: (event: TEventEnvelope) => Promise<unknown> };

/**
 * Fans each event out to every handler. Handlers are idempotent by eventId, so a retried job (one handler failed)
 * or a redelivered event changes nothing twice.
 *
 * Order: the relay publishes each aggregate's events in order, but this worker runs `concurrency` (10) jobs at
 * once per process, and a retried job runs after later ones, so handlers see events in any order. None depends on
 * it: achievements read the current progress rows (a badge is awarded once whichever event comes first),
 * notifications and push fan-outs are per event, reports, AI drafts and timer ends load their row by id. A handler
 * that needs order must check state (a version or timestamp on the row), not rely on arrival.
 */
export function startEventsWorker({
  handlers,
  logger,
  concurrency = 10,
  redisUrl,
  prefix,
}: {
  handlers: TEventHandler[];
  logger: TLogger;
  concurrency?: number;
  redisUrl?: string;
  prefix?: string;
}) {
  return createJobWorker(
    "events",
    async (job) => {
      for (const handler of handlers) await handler.handle(job.data);
    },
    { logger, url: redisUrl, prefix, concurrency, payload: ZEventEnvelope },
  );
}
