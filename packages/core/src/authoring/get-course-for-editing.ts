import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { loadEditableCourse } from "./authorize";

/** The course editor: details, days in order (with how many courses share each day), and the access list. */
export async function getCourseForEditing({ db, actor, courseId }: { db: TDb; actor: TActor; courseId: string }) {
  await loadEditableCourse(db, actor, courseId);
  const course = await db.course.findUniqueOrThrow({
    where: { id: courseId },
    select: {
      id: true,
      slug: true,
      title: true,
      shortDescription: true,
      description: true,
      level: true,
      locale: true,
      visibility: true,
      isPublished: true,
      publishedAt: true,
      authorId: true,
      author: { select: { name: true } },
      days: {
        orderBy: { order: "asc" },
        select: {
          id: true,
          order: true,
          day: {
            select: {
              id: true,
              title: true,
              type: true,
              _count: { select: { steps: true, courses: true } },
            },
          },
        },
      },
      access: {
        orderBy: { createdAt: "asc" },
        select: { userId: true, user: { select: { email: true, name: true } } },
      },
    },
  });
  return {
    ...course,
    days: course.days.map((p) => ({
      placementId: p.id,
      order: p.order,
      dayId: p.day.id,
      title: p.day.title,
      type: p.day.type,
      stepCount: p.day._count.steps,
      usedInCourses: p.day._count.courses,
    })),
    access: course.access.map((a) => ({ userId: a.userId, email: a.user.email, name: a.user.name })),
  };
}

export type TCourseEditor = Awaited<ReturnType<typeof getCourseForEditing>>;
