export type TDayState = "completed" | "open" | "locked";

/**
 * Unlock rules of a course: the first day is open; a day opens when the one before it is done; a summary day
 * opens only when every other day is done. Days are given in course order.
 */
export function dayStates(days: { type: string; completed: boolean }[]): TDayState[] {
  const othersDone = (index: number) => days.every((d, i) => i === index || d.completed);
  return days.map((day, index) => {
    if (day.completed) return "completed";
    if (day.type === "SUMMARY") return othersDone(index) ? "open" : "locked";
    if (index === 0) return "open";
    return days[index - 1]?.completed ? "open" : "locked";
  });
}
