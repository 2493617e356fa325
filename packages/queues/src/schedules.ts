import type { Queue } from "bullmq";
import type { TQueueName } from "./names";
import type { TQueueJob } from "./queue-jobs";
import type { TQueue } from "./queues";

/** A cron pattern in a time zone (DST-safe through BullMQ's cron parser), or a fixed interval. */
export type TRepeat = { pattern: string; tz: string } | { every: number };

/**
 * Registers (or replaces) a BullMQ job scheduler: one job per tick however many workers run. `id` names the
 * schedule, `jobName` is one of the queue's jobs (its payload is empty).
 */
export async function upsertSchedule<TName extends TQueueName>(
  queue: TQueue<TName>,
  { id, repeat, jobName }: { id: string; repeat: TRepeat; jobName: TQueueJob<TName>["name"] },
): Promise<void> {
  // BullMQ types a scheduler id as a job name; here it is any string, so the untyped handle is used.
  await (queue as Queue).upsertJobScheduler(id, repeat, { name: jobName });
}
