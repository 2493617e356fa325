import type { TDb } from "@gafus/prisma";
import { ZEventEnvelope, type TEventEnvelope } from "./outbox";

export type TPublish = (events: TEventEnvelope[]) => Promise<void>;

/**
 * Moves up to `batchSize` unsent outbox rows, oldest first, to the queue and marks them sent, in one transaction.
 * Rows are locked with SKIP LOCKED so several relays never publish the same row at once; if publishing fails
 * (Redis down) the transaction rolls back and the rows wait for the next attempt. Publishing is idempotent
 * (the queue uses eventId as job id), so a crash between publish and commit repeats nothing downstream.
 */
export async function relayOutboxBatch({ db, publish, batchSize = 200 }: { db: TDb; publish: TPublish; batchSize?: number }) {
  return db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<
        { id: string; eventType: string; actorId: string | null; data: unknown; metadata: unknown; createdAt: Date }[]
      >`SELECT id, "eventType", "actorId", data, metadata, "createdAt" FROM "OutboxEvent"
        WHERE "sentAt" IS NULL ORDER BY "createdAt", id LIMIT ${batchSize} FOR UPDATE SKIP LOCKED`;
      if (rows.length === 0) return 0;
      const events = rows.map((row) =>
        ZEventEnvelope.parse({
          eventId: row.id,
          eventType: row.eventType,
          timestamp: row.createdAt.toISOString(),
          actorId: row.actorId,
          data: row.data,
          metadata: row.metadata,
        }),
      );
      await publish(events);
      await tx.outboxEvent.updateMany({
        where: { id: { in: rows.map((r) => r.id) } },
        data: { sentAt: new Date(), attempts: { increment: 1 } },
      });
      return rows.length;
    },
    { timeout: 30_000 },
  );
}
