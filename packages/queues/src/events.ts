import type { Queue } from "bullmq";

type TEnvelope = { eventId: string; eventType: string };

/**
 * Publishes events to the `events` queue with the eventId as job id: BullMQ ignores a job id it already has, so a
 * relay that publishes the same rows twice (crash before its commit) delivers each event once.
 */
export async function publishEvents(queue: Queue, events: TEnvelope[]): Promise<void> {
  if (events.length === 0) return;
  if (events.length === 1) {
    // The common case (one request, one event) skips addBulk's MULTI wrapper: one round trip less.
    const [event] = events as [TEnvelope];
    await queue.add(event.eventType, event, { jobId: event.eventId });
    return;
  }
  await queue.addBulk(events.map((event) => ({ name: event.eventType, data: event, opts: { jobId: event.eventId } })));
}
