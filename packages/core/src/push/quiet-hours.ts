import { DateTime } from "luxon";

export type TQuietHours = { quietStart: number | null; quietEnd: number | null };

/**
 * When the user's quiet window (minutes after local midnight, may wrap past midnight, e.g. 22:00–07:00) contains
 * `now`, the moment it ends; otherwise null. Computed in the user's zone with luxon, so DST days are handled.
 */
export function quietUntil(hours: TQuietHours, timezone: string, now: Date): Date | null {
  const { quietStart: start, quietEnd: end } = hours;
  if (start === null || end === null || start === end) return null;
  const local = DateTime.fromJSDate(now, { zone: timezone });
  const minute = local.hour * 60 + local.minute;
  const wraps = start > end;
  const inside = wraps ? minute >= start || minute < end : minute >= start && minute < end;
  if (!inside) return null;
  const endToday = local.startOf("day").plus({ minutes: end });
  const until = wraps && minute >= start ? endToday.plus({ days: 1 }) : endToday;
  // `plus({ days: 1 })` keeps the wall-clock time across a DST change; luxon picks the valid instant.
  return until.toJSDate();
}
