import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { loadEditableCourse } from "./authorize";
import type { TCourseUpdate } from "./schemas";
import { isUniqueViolation, slugTaken } from "./unique-slug";

/** Changes the course's details (only the fields given). */
export async function updateCourse({
  db,
  actor,
  courseId,
  input,
}: {
  db: TDb;
  actor: TActor;
  courseId: string;
  input: TCourseUpdate;
}) {
  await loadEditableCourse(db, actor, courseId);
  try {
    return await db.course.update({
      where: { id: courseId },
      data: input,
      select: { id: true, slug: true, title: true, visibility: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTaken();
    throw error;
  }
}
