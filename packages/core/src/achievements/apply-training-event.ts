import { Prisma, type TDb } from "@gafus/prisma";
import { appendOutboxEvent, type TEventEnvelope } from "../events/outbox";
import type { TBadge } from "./badges";
import { computeStreak, localDate } from "./streak";

const HANDLER = "achievements";

async function activeDates(tx: Prisma.TransactionClient, userId: string, timeZone: string): Promise<Set<string>> {
  const rows = await tx.userStep.findMany({ where: { userId, completedAt: { not: null } }, select: { completedAt: true } });
  return new Set(rows.map((r) => localDate(r.completedAt!, timeZone)));
}

/**
 * Awards badges from training events (first step, first day, first course, 7- and 30-day streaks). Idempotent: the
 * eventId is recorded with the awards in one transaction, so a redelivered event awards nothing twice.
 */
export async function applyTrainingEvent({ db, event }: { db: TDb; event: TEventEnvelope }): Promise<TBadge[]> {
  const userId = typeof event.data.userId === "string" ? event.data.userId : null;
  if (!userId || !event.eventType.startsWith("training.")) return [];
  try {
    return await db.$transaction(async (tx) => {
      await tx.processedEvent.create({ data: { eventId: event.eventId, handler: HANDLER } });
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
      const have = await tx.userAchievement.findMany({ where: { userId, code: { in: earned } }, select: { code: true } });
      const fresh = earned.filter((code) => !have.some((h) => h.code === code));
      for (const code of fresh) {
        await tx.userAchievement.create({ data: { userId, code } });
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
  } catch (error) {
    // Already applied: this eventId is in ProcessedEvent.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return [];
    throw error;
  }
}
