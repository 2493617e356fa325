import type { TDb } from "@gafus/prisma";
import { DateTime } from "luxon";
import { createNotification } from "../notifications/create-notification";
import { fanOutNotifications, type TPlannedDelivery } from "../push/fan-out-notifications";
import { dueLevel, REENGAGEMENT_HORIZON_DAYS, REENGAGEMENT_LEVELS } from "./reengagement-levels";

const DAY_MS = 24 * 3600_000;

/**
 * The daily scan: students enrolled in a course, last active 5–60 days ago, get the highest level now due unless it
 * (or a higher one) was already sent in this inactivity period. A period is a campaign keyed by (user,
 * lastActiveAt): a student who trains again closes it (RETURNED, see recordActivity) and a later absence opens a
 * new one. The message row (campaign, level) is the "once" guard: two workers scanning together send one. It
 * commits with the notification and its delivery rows, so a crash before the enqueue leaves PENDING rows for the
 * push sweeper rather than a nudge that is never sent.
 * Students who muted "reengagement" get nothing. The scan runs hourly and writes to a student only while it is
 * daytime where they live (`localHours`, [from, to) in their time zone), so a nudge never lands at 3 a.m.
 * Returns the new notification ids and their deliveries for the caller to enqueue.
 */
export async function runReengagement({
  db,
  now = new Date(),
  localHours = [10, 21],
}: {
  db: TDb;
  now?: Date;
  localHours?: [number, number];
}) {
  const firstLevelDays = REENGAGEMENT_LEVELS[0].days;
  const students = await db.user.findMany({
    where: {
      role: "USER",
      lastActiveAt: {
        gte: new Date(now.getTime() - REENGAGEMENT_HORIZON_DAYS * DAY_MS),
        lte: new Date(now.getTime() - firstLevelDays * DAY_MS),
      },
      enrollments: { some: {} },
      OR: [{ notificationSettings: null }, { NOT: { notificationSettings: { mutedKinds: { has: "reengagement" } } } }],
    },
    select: { id: true, lastActiveAt: true, timezone: true },
  });
  const notificationIds: string[] = [];
  const deliveries: TPlannedDelivery[] = [];
  const userIds: string[] = [];
  for (const student of students) {
    const localHour = DateTime.fromJSDate(now, { zone: student.timezone }).hour;
    if (localHour < localHours[0] || localHour >= localHours[1]) continue;
    const lastActiveAt = student.lastActiveAt!;
    const level = dueLevel(lastActiveAt, now);
    if (level === 0) continue;
    await db.reengagementCampaign.createMany({ data: [{ userId: student.id, lastActiveAt }], skipDuplicates: true });
    const campaign = await db.reengagementCampaign.findUnique({
      where: { userId_lastActiveAt: { userId: student.id, lastActiveAt } },
      select: { id: true, level: true, status: true },
    });
    if (!campaign || campaign.status !== "ACTIVE" || campaign.level >= level) continue;
    const sent = await db.$transaction(async (tx) => {
      const { count } = await tx.reengagementMessage.createMany({
        data: [{ campaignId: campaign.id, level }],
        skipDuplicates: true,
      });
      if (count === 0) return null;
      const isLast = level === REENGAGEMENT_LEVELS[REENGAGEMENT_LEVELS.length - 1]!.level;
      await tx.reengagementCampaign.update({
        where: { id: campaign.id },
        data: { level, ...(isLast ? { status: "FINISHED" as const } : {}) },
      });
      const inactiveDays = Math.floor((now.getTime() - lastActiveAt.getTime()) / DAY_MS);
      const id = await createNotification(tx, {
        userId: student.id,
        kind: "reengagement",
        data: { level, inactiveDays },
      });
      return { id, deliveries: await fanOutNotifications({ db: tx, notificationIds: [id], now }) };
    });
    if (sent) {
      notificationIds.push(sent.id);
      deliveries.push(...sent.deliveries);
      userIds.push(student.id);
    }
  }
  return { notificationIds, deliveries, userIds };
}
