import type { TDb } from "@gafus/prisma";
import { fanOutNotifications, type TPlannedDelivery } from "../push/fan-out-notifications";

export type TTimerEnd = {
  eventId: string;
  userId: string;
  userStepId: string;
  runningSince: string;
  courseSlug: string;
  dayNumber: number;
  stepNumber: number;
  stepTitle: string;
};

/**
 * At the expected end of a step timer: a notice only if that same run is still going (same runningSince, not
 * paused, reset or completed). Idempotent by the start event's id (Notification is unique per event, user, channel).
 * The notification and its delivery rows commit together; a retry after a crash that came before the enqueue finds
 * the notification and returns its still-pending deliveries again (`isNew: false`), so the caller finishes the job
 * (enqueueing is keyed by delivery id, a second add is a no-op).
 */
export async function notifyTimerEnd({
  db,
  timer,
  now = new Date(),
}: {
  db: TDb;
  timer: TTimerEnd;
  now?: Date;
}): Promise<{ notificationId: string; deliveries: TPlannedDelivery[]; isNew: boolean } | null> {
  const step = await db.userStep.findUnique({
    where: { id: timer.userStepId },
    select: { userId: true, status: true, runningSince: true },
  });
  const sameRun =
    step?.userId === timer.userId &&
    step.status === "IN_PROGRESS" &&
    step.runningSince?.getTime() === new Date(timer.runningSince).getTime();
  if (!sameRun) return null;
  return db.$transaction(async (tx) => {
    const { count } = await tx.notification.createMany({
      data: [
        {
          userId: timer.userId,
          kind: "timer_finished",
          eventId: timer.eventId,
          channel: "IN_APP",
          data: {
            courseSlug: timer.courseSlug,
            dayNumber: timer.dayNumber,
            stepNumber: timer.stepNumber,
            stepTitle: timer.stepTitle,
          },
        },
      ],
      skipDuplicates: true,
    });
    const row = await tx.notification.findFirst({
      where: { eventId: timer.eventId, userId: timer.userId, channel: "IN_APP" },
      select: { id: true },
    });
    if (!row) return null;
    const deliveries = await fanOutNotifications({ db: tx, notificationIds: [row.id], now });
    return { notificationId: row.id, deliveries, isNew: count > 0 };
  });
}
