/** A student counts as active on a course when they touched one of its steps in the last 7 days. */
export const ACTIVE_DAYS = 7;

export function activeSince(now: Date): Date {
  return new Date(now.getTime() - ACTIVE_DAYS * 24 * 3600 * 1000);
}
