import type { TDb } from "@gafus/prisma";
import { createNotification } from "../notifications/create-notification";
import { fanOutNotifications, type TPlannedDelivery } from "../push/fan-out-notifications";
import { nextReminderRun } from "./next-reminder-run";

/** An occurrence found later than this (the worker was down) is skipped rather than sent at an odd hour. */
const STALE_AFTER_MS = 6 * 3600_000;

/**
 * Sends every due reminder occurrence once and moves the reminder to its next run. "Once" is the ReminderRun
 * primary key (reminder, scheduledFor), written in the same transaction as the notification and its delivery rows:
 * two workers that scan at the same moment both try, one inserts, the other inserts nothing and sends nothing. A
 * crash after the commit cannot lose the push: the rows wait PENDING and the push sweeper enqueues them.
 * Returns the new notification ids and their deliveries for the caller to enqueue.
 */
export async function runDueReminders({ db, now = new Date(), limit = 500 }: { db: TDb; now?: Date; limit?: number }) {
  const due = await db.reminder.findMany({
    where: { enabled: true, nextRunAt: { lte: now } },
    select: {
      id: true,
      userId: true,
      title: true,
      daysOfWeek: true,
      time: true,
      timezone: true,
      nextRunAt: true,
      course: { select: { slug: true, title: true } },
    },
    orderBy: { nextRunAt: "asc" },
    take: limit,
  });
  const notificationIds: string[] = [];
  const deliveries: TPlannedDelivery[] = [];
  const userIds = new Set<string>();
  let skipped = 0;
  for (const reminder of due) {
    const scheduledFor = reminder.nextRunAt!;
    const sent = await db.$transaction(async (tx) => {
      const { count } = await tx.reminderRun.createMany({
        data: [{ reminderId: reminder.id, scheduledFor }],
        skipDuplicates: true,
      });
      // Only the scan that recorded the run moves nextRunAt, and only from the value it saw.
      await tx.reminder.updateMany({
        where: { id: reminder.id, nextRunAt: scheduledFor },
        data: { nextRunAt: nextReminderRun(reminder, now) },
      });
      if (count === 0) return null;
      if (now.getTime() - scheduledFor.getTime() > STALE_AFTER_MS) return "stale";
      const id = await createNotification(tx, {
        userId: reminder.userId,
        kind: "reminder",
        data: {
          reminderId: reminder.id,
          title: reminder.title,
          courseSlug: reminder.course?.slug ?? null,
          courseTitle: reminder.course?.title ?? null,
          scheduledFor: scheduledFor.toISOString(),
        },
      });
      return { id, deliveries: await fanOutNotifications({ db: tx, notificationIds: [id], now }) };
    });
    if (sent === "stale") skipped += 1;
    else if (sent) {
      notificationIds.push(sent.id);
      deliveries.push(...sent.deliveries);
      userIds.add(reminder.userId);
    }
  }
  return { notificationIds, deliveries, userIds: [...userIds], skipped };
}
