import { randomUUID } from "node:crypto";
import { currentContext } from "@gafus/logger";
import type { Prisma } from "@gafus/prisma";
import { ZEventEnvelope, type TEventData, type TEventEnvelope, type TEventOf, type TEventType } from "./catalogue";

export const OUTBOX_CHANNEL = "gafus_outbox";

export { ZEventEnvelope };
export type { TEventData, TEventEnvelope, TEventOf, TEventType };

/** One event to write: its type picks the shape of `data` from the catalogue. */
type TOutboxInput<TType extends TEventType> = {
  eventType: TType;
  aggregateType: string;
  aggregateId: string;
  actorId: string | null;
  data: TEventData<TType>;
  /** Defaults to the correlation id of the request or job in progress, so the event follows the user's action. */
  correlationId?: string;
};

/**
 * Writes an event row inside the caller's transaction, so the change and its event commit or roll back together.
 * The worker's relay publishes it later; nothing is lost while Redis or the worker is down.
 *
 * `createdAt` (the relay's order) comes from the database clock at insert time, not from this process: app clocks
 * of several replicas differ, and `now()` would be the transaction's start, before the writer took the aggregate's
 * row locks. It is also kept strictly after the aggregate's previous event, so two events written in the same
 * millisecond (one transaction: step, day and course completed) keep their insert order. Raw SQL because Prisma
 * cannot send a column expression; the column stays as it is (no migration).
 */
export async function appendOutboxEvent<TType extends TEventType>(
  tx: Prisma.TransactionClient,
  input: TOutboxInput<TType>,
): Promise<TEventOf<TType>> {
  const draft = ZEventEnvelope.parse({
    eventId: randomUUID(),
    eventType: input.eventType,
    timestamp: new Date().toISOString(),
    actorId: input.actorId,
    data: input.data,
    metadata: { correlationId: input.correlationId ?? currentContext()?.correlationId ?? randomUUID() },
  }) as TEventOf<TType>;
  const [row] = await tx.$queryRaw<{ createdAt: Date }[]>`
    INSERT INTO "OutboxEvent" (id, "eventType", "aggregateType", "aggregateId", "actorId", data, metadata, "createdAt")
    VALUES (${draft.eventId}::uuid, ${draft.eventType}, ${input.aggregateType}, ${input.aggregateId}, ${draft.actorId},
      ${JSON.stringify(draft.data)}::jsonb, ${JSON.stringify(draft.metadata)}::jsonb,
      GREATEST(
        clock_timestamp() AT TIME ZONE 'UTC',
        (SELECT max("createdAt") + interval '1 millisecond' FROM "OutboxEvent"
          WHERE "aggregateType" = ${input.aggregateType} AND "aggregateId" = ${input.aggregateId})
      ))
    RETURNING "createdAt"`;
  // Delivered by PostgreSQL only when the transaction commits: the relay wakes up at once instead of polling.
  await tx.$executeRaw`SELECT pg_notify(${OUTBOX_CHANNEL}, '')`;
  return { ...draft, timestamp: row!.createdAt.toISOString() };
}
