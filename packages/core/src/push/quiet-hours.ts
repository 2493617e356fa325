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
  // Wall-clock arithmetic (set the hour, add calendar days), not minutes since midnight: a DST change that night
  // would otherwise move the end by an hour.
  const day = wraps && minute >= start ? local.plus({ days: 1 }) : local;
  return day.set({ hour: Math.floor(end / 60), minute: end % 60, second: 0, millisecond: 0 }).toJSDate();
}
