import { randomUUID } from "node:crypto";
import type { Prisma } from "@gafus/prisma";
import { z } from "zod";

export const OUTBOX_CHANNEL = "gafus_outbox";

/** The event contract of DESIGN.md; `eventType` is domain.entity.action.vN. */
export const ZEventEnvelope = z.object({
  eventId: z.uuid(),
  eventType: z.string().regex(/^[a-z]+(\.[a-z_]+)+\.v\d+$/),
  timestamp: z.iso.datetime(),
  actorId: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  metadata: z.object({ correlationId: z.string() }),
});

export type TEventEnvelope = z.infer<typeof ZEventEnvelope>;

type TOutboxInput = {
  eventType: string;
  aggregateType: string;
  aggregateId: string;
  actorId: string | null;
  data: Record<string, unknown>;
  correlationId?: string;
};

/**
 * Writes an event row inside the caller's transaction, so the change and its event commit or roll back together.
 * The worker's relay publishes it later; nothing is lost while Redis or the worker is down.
 */
export async function appendOutboxEvent(tx: Prisma.TransactionClient, input: TOutboxInput): Promise<TEventEnvelope> {
  const envelope = ZEventEnvelope.parse({
    eventId: randomUUID(),
    eventType: input.eventType,
    timestamp: new Date().toISOString(),
    actorId: input.actorId,
    data: input.data,
    metadata: { correlationId: input.correlationId ?? randomUUID() },
  });
  await tx.outboxEvent.create({
    data: {
      id: envelope.eventId,
      eventType: envelope.eventType,
      aggregateType: input.aggregateType,
      aggregateId: input.aggregateId,
      actorId: envelope.actorId,
      data: envelope.data as Prisma.InputJsonObject,
      metadata: envelope.metadata,
      createdAt: new Date(envelope.timestamp),
    },
  });
  // Delivered by PostgreSQL only when the transaction commits: the relay wakes up at once instead of polling.
  await tx.$executeRaw`SELECT pg_notify(${OUTBOX_CHANNEL}, '')`;
  return envelope;
}
