import type { TDb } from "@gafus/prisma";
import { dayStates } from "../training/day-unlock";
import { personalize } from "../training/personalize";
import { assertCanViewCourse } from "./assert-can-view-course";
import type { TViewer } from "./viewer";

/**
 * The course page: description, author, rating, reviews, and for an enrolled student each day's state
 * (completed / open / locked) with the overall progress.
 */
export async function getCourse({
  db,
  viewer,
  slug,
  names,
}: {
  db: TDb;
  viewer: TViewer;
  slug: string;
  names?: { student: string; petFallback: string };
}) {
  const found = await db.course.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      shortDescription: true,
      description: true,
      level: true,
      locale: true,
      coverUrl: true,
      visibility: true,
      isPublished: true,
      authorId: true,
      author: { select: { name: true } },
      days: {
        orderBy: { order: "asc" },
        select: {
          id: true,
          day: { select: { title: true, type: true, description: true, _count: { select: { steps: true } } } },
        },
      },
      access: viewer ? { where: { userId: viewer.id }, select: { userId: true } } : false,
    },
  });
  const course = assertCanViewCourse(found, viewer, (found?.access?.length ?? 0) > 0);

  const [enrollment, completedDays, rating, reviews, favorite] = await Promise.all([
    viewer
      ? db.enrollment.findUnique({
          where: { userId_courseId: { userId: viewer.id, courseId: course.id } },
          select: { id: true, completedAt: true, pet: { select: { id: true, name: true } } },
        })
      : null,
    viewer
      ? db.userDay.findMany({
          where: { userId: viewer.id, dayOnCourse: { courseId: course.id } },
          select: { dayOnCourseId: true },
        })
      : [],
    db.courseReview.aggregate({ where: { courseId: course.id }, _avg: { rating: true }, _count: true }),
    db.courseReview.findMany({
      where: { courseId: course.id },
      orderBy: { updatedAt: "desc" },
      take: 20,
      select: { id: true, rating: true, text: true, updatedAt: true, userId: true, user: { select: { name: true } } },
    }),
    viewer
      ? db.favoriteCourse.findUnique({ where: { userId_courseId: { userId: viewer.id, courseId: course.id } } })
      : null,
  ]);

  const done = new Set(completedDays.map((d) => d.dayOnCourseId));
  const states = dayStates(course.days.map((d) => ({ type: d.day.type, completed: done.has(d.id) })));
  const text = (value: string) =>
    personalize(value, {
      student: names?.student ?? "",
      pet: enrollment?.pet?.name,
      petFallback: names?.petFallback ?? "",
    });
  const days = course.days.map((d, i) => ({
    number: i + 1,
    title: text(d.day.title),
    type: d.day.type,
    description: text(d.day.description),
    stepCount: d.day._count.steps,
    state: enrollment ? states[i]! : ("locked" as const),
  }));
  const { access: _access, days: _days, ...info } = course;
  return {
    ...info,
    authorName: course.author.name,
    days,
    rating: { average: rating._avg.rating ?? null, count: rating._count },
    reviews: reviews.map(({ userId, user, ...r }) => ({ ...r, authorName: user.name, isMine: userId === viewer?.id })),
    isFavorite: Boolean(favorite),
    enrollment: enrollment && {
      ...enrollment,
      progress: course.days.length ? Math.round((done.size / course.days.length) * 100) : 0,
    },
  };
}

export type TCoursePage = Awaited<ReturnType<typeof getCourse>>;
