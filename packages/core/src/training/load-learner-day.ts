import type { Prisma, TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";
import { assertCanViewCourse } from "../courses/assert-can-view-course";
import { dayStates, type TDayState } from "./day-unlock";

type TClient = TDb | Prisma.TransactionClient;

const stepSelect = {
  id: true,
  title: true,
  type: true,
  content: true,
  durationSec: true,
  videoUrl: true,
  videoAsset: { select: { id: true, status: true } },
  imageUrls: true,
  pdfUrls: true,
  checklist: true,
  quiz: true,
  requiresWrittenAnswer: true,
  requiresVideo: true,
} as const;

export type TLearnerDay = Awaited<ReturnType<typeof loadLearnerDay>>;

/**
 * Everything a step action needs about one day of one course for one student, with the refusals every action
 * shares: unknown course (404), not enrolled (403 not_enrolled), locked day (403 day_locked).
 * `dayNumber` is 1-based, as in URLs.
 */
export async function loadLearnerDay(
  db: TClient,
  { userId, slug, dayNumber }: { userId: string; slug: string; dayNumber: number },
) {
  const course = await db.course.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      authorId: true,
      isPublished: true,
      visibility: true,
      access: { where: { userId }, select: { userId: true } },
      days: { orderBy: { order: "asc" }, select: { id: true, order: true, day: { select: { type: true } } } },
      enrollments: {
        where: { userId },
        select: { id: true, completedAt: true, pet: { select: { id: true, name: true } } },
      },
    },
  });
  // Enrollment is not a permanent pass: an unpublished course, or a private one whose access was withdrawn, closes.
  assertCanViewCourse(course, { id: userId, role: "USER" }, (course?.access.length ?? 0) > 0);
  if (!course) throw new AppError("not_found", "No such course.");
  const enrollment = course.enrollments[0];
  if (!enrollment) throw new AppError("not_enrolled", "Enroll in the course to open its days.");

  const completed = await db.userDay.findMany({
    where: { userId, dayOnCourseId: { in: course.days.map((d) => d.id) } },
    select: { dayOnCourseId: true },
  });
  const done = new Set(completed.map((c) => c.dayOnCourseId));
  const states: TDayState[] = dayStates(course.days.map((d) => ({ type: d.day.type, completed: done.has(d.id) })));

  const index = dayNumber - 1;
  const placement = course.days[index];
  if (!placement || !Number.isInteger(dayNumber)) throw new AppError("not_found", "No such day in this course.");
  const state = states[index] ?? "locked";
  if (state === "locked") throw new AppError("day_locked", "This day opens when the previous days are done.");

  const dayOnCourse = await db.dayOnCourse.findUniqueOrThrow({
    where: { id: placement.id },
    select: {
      id: true,
      order: true,
      day: {
        select: {
          id: true,
          title: true,
          description: true,
          type: true,
          steps: { orderBy: { order: "asc" }, select: { id: true, order: true, step: { select: stepSelect } } },
        },
      },
    },
  });
  const progress = await db.userStep.findMany({ where: { userId, dayOnCourseId: placement.id } });
  const byPlacement = new Map(progress.map((p) => [p.stepOnDayId, p]));
  const steps = dayOnCourse.day.steps.map((s, i) => ({ ...s, number: i + 1, progress: byPlacement.get(s.id) ?? null }));

  return {
    course: { id: course.id, slug: course.slug, title: course.title, authorId: course.authorId },
    enrollment,
    dayNumber,
    dayCount: course.days.length,
    dayOnCourse,
    dayState: state,
    dayStates: states,
    dayPlacements: course.days,
    steps,
  };
}

/** One step of a loaded day by its 1-based number, or 404. */
export function pickStep(day: TLearnerDay, stepNumber: number) {
  const step = day.steps[stepNumber - 1];
  if (!step) throw new AppError("not_found", "No such step in this day.");
  return step;
}
