import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { loadEditableCourse } from "./authorize";

/** Days of the course's author that this course does not use yet: what "add an existing day" offers. */
export async function listDayLibrary({ db, actor, courseId }: { db: TDb; actor: TActor; courseId: string }) {
  const course = await loadEditableCourse(db, actor, courseId);
  const days = await db.trainingDay.findMany({
    where: { authorId: course.authorId, courses: { none: { courseId } } },
    orderBy: { updatedAt: "desc" },
    take: 200,
    select: { id: true, title: true, type: true, _count: { select: { steps: true, courses: true } } },
  });
  return days.map((d) => ({
    id: d.id,
    title: d.title,
    type: d.type,
    stepCount: d._count.steps,
    usedInCourses: d._count.courses,
  }));
}
