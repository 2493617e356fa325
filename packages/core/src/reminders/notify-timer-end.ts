import type { TDb } from "@gafus/prisma";

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
 */
export async function notifyTimerEnd({ db, timer }: { db: TDb; timer: TTimerEnd }): Promise<string | null> {
  const step = await db.userStep.findUnique({
    where: { id: timer.userStepId },
    select: { userId: true, status: true, runningSince: true },
  });
  const sameRun =
    step?.userId === timer.userId &&
    step.status === "IN_PROGRESS" &&
    step.runningSince?.getTime() === new Date(timer.runningSince).getTime();
  if (!sameRun) return null;
  const { count } = await db.notification.createMany({
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
  if (count === 0) return null;
  const row = await db.notification.findFirst({
    where: { eventId: timer.eventId, userId: timer.userId, channel: "IN_APP" },
    select: { id: true },
  });
  return row?.id ?? null;
}
