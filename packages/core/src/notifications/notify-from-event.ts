import type { Prisma, TDb } from "@gafus/prisma";
import type { TEventEnvelope } from "../events/outbox";

type TNotice = { userId: string; kind: string; data: Prisma.InputJsonObject };

/** Which events tell a student something, and what. Texts are rendered in the reader's language from kind + data. */
function noticesFor(event: TEventEnvelope): TNotice[] {
  switch (event.eventType) {
    case "achievement.badge.awarded.v1":
      return [{ userId: event.data.userId, kind: "badge_awarded", data: { badge: event.data.badge } }];
    case "training.exam.reviewed.v1": {
      const { userId, status, courseSlug, courseTitle, dayNumber } = event.data;
      return [{ userId, kind: "exam_reviewed", data: { status, courseSlug, courseTitle, dayNumber } }];
    }
    default:
      return [];
  }
}

/**
 * Writes in-app notifications for an event. Idempotent: (eventId, user, channel) is unique, so a redelivered event
 * writes nothing. Returns the users who got something new, for the live inbox update.
 */
export async function notifyFromEvent({ db, event }: { db: TDb; event: TEventEnvelope }): Promise<string[]> {
  const notices = noticesFor(event);
  if (notices.length === 0) return [];
  const { count } = await db.notification.createMany({
    data: notices.map((n) => ({ ...n, eventId: event.eventId, channel: "IN_APP" as const })),
    skipDuplicates: true,
  });
  return count > 0 ? notices.map((n) => n.userId) : [];
}
