import type { TLogger } from "@gafus/logger";
import type { TDb } from "@gafus/prisma";
import { ZEventEnvelope, type TEventEnvelope } from "./catalogue";

export type TPublish = (events: TEventEnvelope[]) => Promise<void>;

/** A row with this many attempts is left aside (a person looks at it; `attempts = 0` sends it again). */
const MAX_ATTEMPTS = 5;
/** pg advisory lock key of "the outbox publisher" (any constant; only the relay uses it). */
const RELAY_LOCK_KEY = 7_305_001;

/**
 * Moves up to `batchSize` unsent outbox rows, oldest first, to the queue and marks them sent, in one transaction.
 * One relay publishes at a time (a transaction-scoped advisory lock; another relay gets 0 and polls again), so
 * rows go out in (createdAt, id) order across worker processes: with SKIP LOCKED alone, a second relay would
 * publish an aggregate's newer rows while the first still held its older ones. If publishing fails (Redis down)
 * the transaction rolls back and the rows wait for the next attempt. Publishing is idempotent (the queue uses
 * eventId as job id), so a crash between publish and commit repeats nothing downstream.
 *
 * Each row is checked against the event catalogue first: one that does not fit (written by hand, or a type or
 * field this version does not know) is not published, is set aside at once so it never holds a batch slot again,
 * and is logged with what is wrong.
 */
export async function relayOutboxBatch({
  db,
  publish,
  batchSize = 200,
  logger,
}: {
  db: TDb;
  publish: TPublish;
  batchSize?: number;
  logger?: TLogger;
}) {
  return db.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<
        { ok: boolean }[]
      >`SELECT pg_try_advisory_xact_lock(${RELAY_LOCK_KEY}::bigint) AS ok`;
      if (!lock?.ok) return 0;
      const rows = await tx.$queryRaw<
        { id: string; eventType: string; actorId: string | null; data: unknown; metadata: unknown; createdAt: Date }[]
      >`SELECT id, "eventType", "actorId", data, metadata, "createdAt" FROM "OutboxEvent"
        WHERE "sentAt" IS NULL AND attempts < ${MAX_ATTEMPTS} ORDER BY "createdAt", id LIMIT ${batchSize} FOR UPDATE SKIP LOCKED`;
      if (rows.length === 0) return 0;
      const events: TEventEnvelope[] = [];
      const malformed: string[] = [];
      for (const row of rows) {
        const parsed = ZEventEnvelope.safeParse({
          eventId: row.id,
          eventType: row.eventType,
          timestamp: row.createdAt.toISOString(),
          actorId: row.actorId,
          data: row.data,
          metadata: row.metadata,
        });
        if (parsed.success) {
          events.push(parsed.data);
          continue;
        }
        malformed.push(row.id);
        logger?.error(
          { eventId: row.id, eventType: row.eventType, issues: parsed.error.issues.slice(0, 10) },
          "outbox row does not fit the event catalogue; set aside, not published",
        );
      }
      // Retrying cannot make it fit, and it must not block the rows behind it.
      if (malformed.length)
        await tx.outboxEvent.updateMany({ where: { id: { in: malformed } }, data: { attempts: MAX_ATTEMPTS } });
      await publish(events);
      await tx.outboxEvent.updateMany({
        where: { id: { in: events.map((e) => e.eventId) } },
        data: { sentAt: new Date(), attempts: { increment: 1 } },
      });
      return events.length;
    },
    { timeout: 30_000 },
  );
}
