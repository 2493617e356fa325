import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { loadEditableDay } from "./authorize";
import { coursesUsingSteps } from "./step-usage";

/** The day editor: the day, its steps in order, and where the day and each step are used. */
export async function getDayForEditing({ db, actor, dayId }: { db: TDb; actor: TActor; dayId: string }) {
  await loadEditableDay(db, actor, dayId);
  const day = await db.trainingDay.findUniqueOrThrow({
    where: { id: dayId },
    select: {
      id: true,
      title: true,
      description: true,
      type: true,
      authorId: true,
      courses: { select: { order: true, course: { select: { id: true, title: true } } } },
      steps: {
        orderBy: { order: "asc" },
        select: { id: true, order: true, step: { select: { id: true, title: true, type: true } } },
      },
    },
  });
  const usage = await coursesUsingSteps(
    db,
    day.steps.map((s) => s.step.id),
  );
  return {
    ...day,
    // Orders are kept gap-free, so a placement's order is the day's number in that course.
    courses: day.courses.map((c) => ({ ...c.course, dayNumber: c.order })),
    steps: day.steps.map((s) => ({
      placementId: s.id,
      order: s.order,
      stepId: s.step.id,
      title: s.step.title,
      type: s.step.type,
      usedInCourses: usage.get(s.step.id)?.length ?? 0,
    })),
  };
}

export type TDayEditor = Awaited<ReturnType<typeof getDayForEditing>>;
