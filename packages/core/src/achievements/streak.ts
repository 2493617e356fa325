/** The calendar day (YYYY-MM-DD) of an instant in a time zone: streaks follow the student's own midnight. */
export function localDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    instant,
  );
}

function previousDay(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Current streak: consecutive active days ending today, or yesterday (today is not over yet). Best: the longest
 * run of consecutive active days ever.
 */
export function computeStreak(activeDates: Iterable<string>, today: string): { current: number; best: number } {
  const days = new Set(activeDates);
  let current = 0;
  let cursor = days.has(today) ? today : previousDay(today);
  while (days.has(cursor)) {
    current += 1;
    cursor = previousDay(cursor);
  }
  let best = 0;
  for (const day of days) {
    if (days.has(previousDay(day))) continue;
    let length = 0;
    let next = day;
    while (days.has(next)) {
      length += 1;
      const d = new Date(`${next}T12:00:00Z`);
      d.setUTCDate(d.getUTCDate() + 1);
      next = d.toISOString().slice(0, 10);
    }
    best = Math.max(best, length);
  }
  return { current, best };
}
