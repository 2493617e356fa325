import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { loadEditableCourse } from "./authorize";

/** Removes a student from a private course's access list (a no-op when they were not on it). */
export async function revokeCourseAccess({
  db,
  actor,
  courseId,
  userId,
}: {
  db: TDb;
  actor: TActor;
  courseId: string;
  userId: string;
}) {
  await loadEditableCourse(db, actor, courseId);
  const { count } = await db.courseAccess.deleteMany({ where: { courseId, userId } });
  return { removed: count };
}
