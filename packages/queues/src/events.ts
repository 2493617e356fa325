import type { Queue } from "bullmq";
import { z } from "zod";

/**
 * The envelope of DESIGN.md as the `events` queue carries it. Which `eventType` goes with which `data` is the event
 * catalogue's business (packages/core/src/events/catalogue.ts); this is the part every event shares.
 */
export const ZEventJob = z.object({
  eventId: z.uuid(),
  /** domain.entity.action.vN */
  eventType: z.string().regex(/^[a-z]+(\.[a-z_]+)+\.v\d+$/),
  timestamp: z.iso.datetime(),
  actorId: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  metadata: z.object({ correlationId: z.string() }),
});
export type TEventJob = z.infer<typeof ZEventJob>;

/**
 * Publishes events to the `events` queue with the eventId as job id: BullMQ ignores a job id it already has, so a
 * relay that publishes the same rows twice (crash before its commit) delivers each event once.
 */
export async function publishEvents(queue: Queue, events: TEventJob[]): Promise<void> {
  if (events.length === 0) return;
  if (events.length === 1) {
    // The common case (one request, one event) skips addBulk's MULTI wrapper: one round trip less.
    const [event] = events as [TEventJob];
    await queue.add(event.eventType, event, { jobId: event.eventId });
    return;
  }
  await queue.addBulk(events.map((event) => ({ name: event.eventType, data: event, opts: { jobId: event.eventId } })));
}
