import type { Prisma, TDb } from "@gafus/prisma";
import { appendOutboxEvent, type TEventEnvelope } from "../events/outbox";

/** Training events all name the student they are about. */
type TTrainingEvent = Extract<TEventEnvelope, { eventType: `training.${string}` }>;
const isTrainingEvent = (event: TEventEnvelope): event is TTrainingEvent => event.eventType.startsWith("training.");
import type { TBadge } from "./badges";
import { computeStreak, localDate } from "./streak";

const HANDLER = "achievements";

async function activeDates(tx: Prisma.TransactionClient, userId: string, timeZone: string): Promise<Set<string>> {
  const rows = await tx.userStep.findMany({
    where: { userId, completedAt: { not: null } },
    select: { completedAt: true },
  });
  return new Set(rows.map((r) => localDate(r.completedAt!, timeZone)));
}

/**
 * Awards badges from training events (first step, first day, first course, 7- and 30-day streaks). Idempotent: the
 * eventId is recorded with the awards in one transaction, so a redelivered event awards nothing twice.
 */
export async function applyTrainingEvent({ db, event }: { db: TDb; event: TEventEnvelope }): Promise<TBadge[]> {
  if (!isTrainingEvent(event)) return [];
  const { userId } = event.data;
  return db.$transaction(async (tx) => {
    // Claim the event; if it was already applied nothing is claimed and nothing more happens.
    const claimed = await tx.$queryRaw<{ eventId: string }[]>`INSERT INTO "ProcessedEvent" ("eventId", handler)
      VALUES (${event.eventId}::uuid, ${HANDLER}) ON CONFLICT DO NOTHING RETURNING "eventId"`;
    if (claimed.length === 0) return [];
    const user = await tx.user.findUnique({ where: { id: userId }, select: { timezone: true } });
    if (!user) return [];
    const earned: TBadge[] = [];
    if (event.eventType === "training.step.completed.v1") earned.push("first_step");
    if (event.eventType === "training.day.completed.v1") earned.push("first_day");
    if (event.eventType === "training.course.completed.v1") earned.push("first_course");
    if (event.eventType === "training.step.completed.v1") {
      const dates = await activeDates(tx, userId, user.timezone);
      const { current } = computeStreak(dates, localDate(new Date(), user.timezone));
      if (current >= 7) earned.push("streak_7");
      if (current >= 30) earned.push("streak_30");
    }
    const fresh: TBadge[] = [];
    for (const code of earned) {
      // ON CONFLICT: another event of the same user may award the same badge concurrently; one of them wins.
      const inserted = await tx.$queryRaw<{ code: string }[]>`INSERT INTO "UserAchievement" ("userId", code)
        VALUES (${userId}::uuid, ${code}) ON CONFLICT DO NOTHING RETURNING code`;
      if (inserted.length === 0) continue;
      fresh.push(code);
      await appendOutboxEvent(tx, {
        eventType: "achievement.badge.awarded.v1",
        aggregateType: "user",
        aggregateId: userId,
        actorId: null,
        data: { userId, badge: code },
        correlationId: event.metadata.correlationId,
      });
    }
    return fresh;
  });
}
