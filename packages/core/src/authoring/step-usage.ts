import type { TClient } from "./authorize";

/** For each step, the distinct courses that reach it through any of its days. */
export async function coursesUsingSteps(db: TClient, stepIds: string[]) {
  const rows = await db.stepOnDay.findMany({
    where: { stepId: { in: stepIds } },
    select: {
      stepId: true,
      day: { select: { courses: { select: { course: { select: { id: true, title: true } } } } } },
    },
  });
  const usage = new Map<string, { id: string; title: string }[]>();
  for (const row of rows) {
    const list = usage.get(row.stepId) ?? [];
    for (const { course } of row.day.courses) if (!list.some((c) => c.id === course.id)) list.push(course);
    usage.set(row.stepId, list);
  }
  return usage;
}
