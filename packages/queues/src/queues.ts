import { Queue, type DefaultJobOptions } from "bullmq";
import { resolveConnection, type TConnection } from "./connection";
import { watchConnectionErrors, type TErrorLogOptions } from "./connection-errors";
import type { TQueueName } from "./names";
import type { TQueueJob } from "./queue-jobs";

/** Retries with exponential backoff; failed jobs are kept for inspection in Bull Board, done ones trimmed. */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 5,
  backoff: { type: "exponential", delay: 2000 },
  removeOnComplete: { age: 24 * 3600, count: 1000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

/** A queue whose `add` takes only its own job names and payloads. */
export type TQueue<TName extends TQueueName> = Queue<TQueueJob<TName>["data"], unknown, TQueueJob<TName>["name"]>;

/**
 * A queue handle for producers and Bull Board. Queues fail fast when Redis is down (no offline queue), so a
 * request never hangs waiting for Redis; events stay safe in the outbox meanwhile.
 */
export function createQueue<TName extends TQueueName>(
  name: TName,
  { logger, errorLogEveryMs, ...connection }: TConnection & TErrorLogOptions = {},
): TQueue<TName> {
  const { url, prefix } = resolveConnection(connection);
  const queue: TQueue<TName> = new Queue(name, {
    prefix,
    connection: { url, enableOfflineQueue: false, maxRetriesPerRequest: 1 },
    defaultJobOptions: DEFAULT_JOB_OPTIONS,
  });
  watchConnectionErrors(queue, `queue ${name}`, { logger, errorLogEveryMs });
  return queue;
}
