/** Escalation: level N is sent once when a student has been inactive for at least `days`. */
export const REENGAGEMENT_LEVELS = [
  { level: 1, days: 5 },
  { level: 2, days: 12 },
  { level: 3, days: 20 },
  { level: 4, days: 30 },
] as const;

/** Students inactive longer than this are considered gone: no more nudges. */
export const REENGAGEMENT_HORIZON_DAYS = 60;

const DAY_MS = 24 * 3600_000;

/** The highest level due after this much inactivity (0: none yet). */
export function dueLevel(lastActiveAt: Date, now: Date): number {
  const days = (now.getTime() - lastActiveAt.getTime()) / DAY_MS;
  let level = 0;
  for (const step of REENGAGEMENT_LEVELS) if (days >= step.days) level = step.level;
  return level;
}
