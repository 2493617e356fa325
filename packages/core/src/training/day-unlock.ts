export type TDayState = "completed" | "open" | "locked";

/**
 * Unlock rules of a course: a day opens when the training day before it is done (the first one is open); a summary
 * day opens only when every other training day is done. Summary days are skipped when looking back, so a course
 * that puts a summary in the middle, or has two, never locks itself.
 */
export function dayStates(days: { type: string; completed: boolean }[]): TDayState[] {
  const isSummary = (d: { type: string }) => d.type === "SUMMARY";
  const trainingDone = days.filter((d) => !isSummary(d)).every((d) => d.completed);
  return days.map((day, index) => {
    if (day.completed) return "completed";
    if (isSummary(day)) return trainingDone ? "open" : "locked";
    const previous = days
      .slice(0, index)
      .reverse()
      .find((d) => !isSummary(d));
    return !previous || previous.completed ? "open" : "locked";
  });
}
