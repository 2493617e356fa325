import type { Queue } from "bullmq";
import { z } from "zod";
import { correlated, ZCorrelated } from "./correlation";

export const ZDeliveryJob = ZCorrelated.extend({ deliveryId: z.uuid() });
export type TDeliveryJob = z.infer<typeof ZDeliveryJob>;

export type TDeliveryToQueue = { id: string; channel: "PUSH" | "TELEGRAM"; delayMs?: number };
export type TPushQueues = { push: Queue; telegram: Queue };

const queueFor = (queues: TPushQueues, channel: "PUSH" | "TELEGRAM") =>
  channel === "PUSH" ? queues.push : queues.telegram;

/**
 * One job per delivery row, on its channel's queue, with the row's id as job id: while that job exists (waiting,
 * delayed for quiet hours or retry backoff, running, kept after failing) adding it again is a no-op, so the fan-out,
 * a retried use case and the sweeper never make a second job for a row.
 */
export async function enqueueDeliveries(queues: TPushQueues, deliveries: TDeliveryToQueue[]): Promise<void> {
  for (const channel of ["PUSH", "TELEGRAM"] as const) {
    const batch = deliveries.filter((d) => d.channel === channel);
    if (batch.length === 0) continue;
    await queueFor(queues, channel).addBulk(
      batch.map((d) => ({
        name: "deliver",
        data: correlated({ deliveryId: d.id } satisfies TDeliveryJob),
        opts: { jobId: d.id, delay: d.delayMs ?? 0 },
      })),
    );
  }
}

export type TDeliveryToResume = { id: string; channel: "PUSH" | "TELEGRAM"; status: string };

/**
 * The sweeper's step for rows that have waited long (see findDeliveriesToResume). A row whose job is still in
 * BullMQ is left to it — above all one in retry backoff, which a second job would send while the first still
 * counts attempts and then marks the row failed. A row without a job (never enqueued: crash, Redis down or
 * restored from an old snapshot) gets one. A row whose job failed: left SENDING, its worker died mid-send, so the
 * job runs again (the lease decides when); left PENDING, every attempt failed and the caller marks it failed.
 */
export async function resumeDeliveries(
  queues: TPushQueues,
  rows: TDeliveryToResume[],
): Promise<{ enqueued: string[]; retried: string[]; gaveUp: { id: string; reason: string }[] }> {
  const missing: TDeliveryToQueue[] = [];
  const retried: string[] = [];
  const gaveUp: { id: string; reason: string }[] = [];
  for (const row of rows) {
    const job = await queueFor(queues, row.channel).getJob(row.id);
    const state = job ? await job.getState() : "unknown";
    if (!job || state === "unknown") missing.push(row);
    else if (state === "completed") {
      // Finished while the row still waits (a claim race): the record goes, a fresh job takes the row.
      await job.remove();
      missing.push(row);
    } else if (state === "failed" && row.status === "SENDING") {
      // A fresh set of attempts: otherwise its first transient error would count as its last.
      await job.retry("failed", { resetAttemptsMade: true });
      retried.push(row.id);
    } else if (state === "failed") gaveUp.push({ id: row.id, reason: job.failedReason ?? "delivery job failed" });
  }
  await enqueueDeliveries(queues, missing);
  return { enqueued: missing.map((r) => r.id), retried, gaveUp };
}

export const ZTimerEndJob = ZCorrelated.extend({
  eventId: z.uuid(),
  userId: z.uuid(),
  userStepId: z.uuid(),
  runningSince: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  courseSlug: z.string(),
  dayNumber: z.number().int(),
  stepNumber: z.number().int(),
  stepTitle: z.string(),
});
export type TTimerEndJob = z.infer<typeof ZTimerEndJob>;

/** A delayed job at the timer's expected end; one per (step, start), however often the start event is replayed. */
export async function enqueueTimerEnd(queue: Queue, timer: TTimerEndJob, now = Date.now()): Promise<void> {
  await queue.add("timer-end", ZTimerEndJob.parse(correlated(timer)), {
    jobId: `timer_${timer.userStepId}_${new Date(timer.runningSince).getTime()}`,
    delay: Math.max(0, new Date(timer.endsAt).getTime() - now),
  });
}
