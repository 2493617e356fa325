import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { loadEditableCourse } from "./authorize";
import { appendDay } from "./placements";
import type { TDayInput } from "./schemas";

/** A new day at the end of the course, owned by the course's author (also when an admin adds it). */
export async function addNewDay({
  db,
  actor,
  courseId,
  input,
}: {
  db: TDb;
  actor: TActor;
  courseId: string;
  input: TDayInput;
}) {
  return db.$transaction(async (tx) => {
    const course = await loadEditableCourse(tx, actor, courseId, true);
    const day = await tx.trainingDay.create({ data: { ...input, authorId: course.authorId }, select: { id: true } });
    const placement = await appendDay(tx, courseId, day.id);
    return { dayId: day.id, placementId: placement.id, order: placement.order };
  });
}
