import { Queue, type DefaultJobOptions } from "bullmq";
import { redisEnv } from "@gafus/config";
import type { TQueueName } from "./names";

/** Retries with exponential backoff; failed jobs are kept for inspection in Bull Board, done ones trimmed. */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 5,
  backoff: { type: "exponential", delay: 2000 },
  removeOnComplete: { age: 24 * 3600, count: 1000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

/**
 * A queue handle for producers and Bull Board. Queues fail fast when Redis is down (no offline queue), so a
 * request never hangs waiting for Redis; events stay safe in the outbox meanwhile.
 */
export function createQueue(
  name: TQueueName,
  { url = redisEnv().REDIS_URL, prefix = `${redisEnv().REDIS_KEY_PREFIX}bull` }: { url?: string; prefix?: string } = {},
): Queue {
  const queue = new Queue(name, {
    prefix,
    connection: { url, enableOfflineQueue: false, maxRetriesPerRequest: 1 },
    defaultJobOptions: DEFAULT_JOB_OPTIONS,
  });
  queue.on("error", () => {});
  return queue;
}
