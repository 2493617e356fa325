import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { loadEditableCourse } from "./authorize";
import { assertSameSet, renumberDays } from "./placements";

/** Puts a course's days in the given order (placement ids, first to last) in one transaction; orders stay 1..n. */
export async function reorderCourseDays({
  db,
  actor,
  courseId,
  ids,
}: {
  db: TDb;
  actor: TActor;
  courseId: string;
  ids: string[];
}) {
  return db.$transaction(async (tx) => {
    await loadEditableCourse(tx, actor, courseId, true);
    const current = await tx.dayOnCourse.findMany({ where: { courseId }, select: { id: true } });
    assertSameSet(
      current.map((c) => c.id),
      ids,
    );
    await renumberDays(tx, courseId, ids);
    return { ids };
  });
}
