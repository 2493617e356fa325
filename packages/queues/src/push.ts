import type { Queue } from "bullmq";
import { z } from "zod";

export const ZDeliveryJob = z.object({ deliveryId: z.uuid() });
export type TDeliveryJob = z.infer<typeof ZDeliveryJob>;

export type TDeliveryToQueue = { id: string; channel: "PUSH" | "TELEGRAM"; delayMs?: number; attempts?: number };
export type TPushQueues = { push: Queue; telegram: Queue };

/**
 * One job per delivery row, on its channel's queue. The job id names the row and its claim count, so the fan-out
 * and the sweeper may both enqueue the same row without making a second job; the row's claim stops any duplicate.
 */
export async function enqueueDeliveries(queues: TPushQueues, deliveries: TDeliveryToQueue[]): Promise<void> {
  for (const channel of ["PUSH", "TELEGRAM"] as const) {
    const batch = deliveries.filter((d) => d.channel === channel);
    if (batch.length === 0) continue;
    const queue = channel === "PUSH" ? queues.push : queues.telegram;
    await queue.addBulk(
      batch.map((d) => ({
        name: "deliver",
        data: { deliveryId: d.id } satisfies TDeliveryJob,
        opts: { jobId: `${d.id}_a${d.attempts ?? 0}`, delay: d.delayMs ?? 0 },
      })),
    );
  }
}

export const ZTimerEndJob = z.object({
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
  await queue.add("timer-end", timer, {
    jobId: `timer_${timer.userStepId}_${new Date(timer.runningSince).getTime()}`,
    delay: Math.max(0, new Date(timer.endsAt).getTime() - now),
  });
}
