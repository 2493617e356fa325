import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";
import { loadEditableCourse } from "./authorize";
import { renumberDays } from "./placements";

/**
 * Takes a day out of a course and closes the gap in the order; the day stays in the author's library. A day on
 * which students already have progress or diary entries is kept (409): removing it would delete their work.
 */
export async function removeDayFromCourse({
  db,
  actor,
  courseId,
  placementId,
}: {
  db: TDb;
  actor: TActor;
  courseId: string;
  placementId: string;
}) {
  return db.$transaction(async (tx) => {
    await loadEditableCourse(tx, actor, courseId, true);
    const placement = await tx.dayOnCourse.findFirst({
      where: { id: placementId, courseId },
      select: { id: true, _count: { select: { userDays: true, userSteps: true, diary: true } } },
    });
    if (!placement) throw new AppError("not_found", "No such day in this course.");
    const { userDays, userSteps, diary } = placement._count;
    if (userDays + userSteps + diary > 0) {
      throw new AppError("conflict", "Students have already worked on this day, so it cannot be removed.", {
        reason: "has_progress",
      });
    }
    await tx.dayOnCourse.delete({ where: { id: placementId } });
    const rest = await tx.dayOnCourse.findMany({
      where: { courseId },
      orderBy: { order: "asc" },
      select: { id: true },
    });
    await renumberDays(
      tx,
      courseId,
      rest.map((r) => r.id),
    );
    return { removed: placementId };
  });
}
