import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";
import { loadEditableCourse } from "./authorize";
import { appendDay } from "./placements";

/**
 * Adds an existing day from the author's library to the end of a course. The day stays one row: editing it changes
 * it in every course that uses it. A day of another author answers 404; a day already in the course, 409.
 */
export async function reuseDay({
  db,
  actor,
  courseId,
  dayId,
}: {
  db: TDb;
  actor: TActor;
  courseId: string;
  dayId: string;
}) {
  return db.$transaction(async (tx) => {
    const course = await loadEditableCourse(tx, actor, courseId, true);
    const day = await tx.trainingDay.findUnique({ where: { id: dayId }, select: { authorId: true } });
    if (!day || day.authorId !== course.authorId) throw new AppError("not_found", "No such day in your library.");
    const already = await tx.dayOnCourse.findFirst({ where: { courseId, dayId }, select: { id: true } });
    if (already) throw new AppError("conflict", "This day is already in the course.", { reason: "duplicate" });
    const placement = await appendDay(tx, courseId, dayId);
    return { dayId, placementId: placement.id, order: placement.order };
  });
}
