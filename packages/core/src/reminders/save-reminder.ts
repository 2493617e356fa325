import type { TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";
import { nextReminderRun } from "./next-reminder-run";
import { REMINDER_SELECT, type TReminderInput } from "./reminder-schemas";

/**
 * Creates a reminder, or replaces one of the caller's (`reminderId`; someone else's answers 404). The time zone
 * defaults to the profile's; the linked course must be one the student is enrolled in. The next run is computed
 * now, so the scheduler only has to look at `nextRunAt`.
 */
export async function saveReminder({
  db,
  userId,
  reminderId,
  input,
  now = new Date(),
}: {
  db: TDb;
  userId: string;
  reminderId?: string;
  input: TReminderInput;
  now?: Date;
}) {
  if (reminderId) {
    const own = await db.reminder.findFirst({ where: { id: reminderId, userId }, select: { id: true } });
    if (!own) throw new AppError("not_found", "No such reminder.");
  }
  if (input.courseId) {
    const enrolled = await db.enrollment.findFirst({
      where: { userId, courseId: input.courseId },
      select: { id: true },
    });
    if (!enrolled)
      throw new AppError("validation_failed", "Choose one of your courses.", { fields: { courseId: "not enrolled" } });
  }
  const timezone =
    input.timezone ?? (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timezone: true } })).timezone;
  const daysOfWeek = [...input.daysOfWeek].sort();
  const data = {
    title: input.title,
    daysOfWeek,
    time: input.time,
    timezone,
    courseId: input.courseId ?? null,
    enabled: input.enabled,
    nextRunAt: input.enabled ? nextReminderRun({ daysOfWeek, time: input.time, timezone }, now) : null,
  };
  return reminderId
    ? db.reminder.update({ where: { id: reminderId }, data, select: REMINDER_SELECT })
    : db.reminder.create({ data: { userId, ...data }, select: REMINDER_SELECT });
}
