import { DateTime } from "luxon";

export type TReminderSchedule = { daysOfWeek: number[]; time: string; timezone: string };

/**
 * The first occurrence strictly after `after`: the reminder's wall-clock time on one of its ISO weekdays
 * (1 = Monday … 7 = Sunday) in its own time zone. luxon resolves DST: a time skipped by the spring change moves
 * forward by the gap, an hour repeated in autumn fires once (the first).
 */
export function nextReminderRun({ daysOfWeek, time, timezone }: TReminderSchedule, after: Date): Date | null {
  if (daysOfWeek.length === 0) return null;
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  const start = DateTime.fromJSDate(after, { zone: timezone }).startOf("day");
  for (let offset = 0; offset <= 7; offset++) {
    const day = start.plus({ days: offset });
    if (!daysOfWeek.includes(day.weekday)) continue;
    const candidate = DateTime.fromObject(
      { year: day.year, month: day.month, day: day.day, hour, minute },
      { zone: timezone },
    );
    if (candidate.toMillis() > after.getTime()) return candidate.toJSDate();
  }
  return null;
}
