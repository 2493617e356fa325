import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import type { CourseLevel, DayType, Locale, StepType, Visibility } from "../../generated/prisma/enums";

export type TStepSpec = {
  title: string;
  type: StepType;
  content?: string;
  durationSec?: number;
  videoUrl?: string;
  checklist?: string[];
  quiz?: Prisma.InputJsonValue;
  requiresWrittenAnswer?: boolean;
  requiresVideo?: boolean;
};

export type TDaySpec = { title: string; type?: DayType; description?: string; steps: TStepSpec[] };

export type TCourseSpec = {
  slug: string;
  title: string;
  shortDescription: string;
  description: string;
  level?: CourseLevel;
  locale?: Locale;
  visibility?: Visibility;
  isPublished?: boolean;
  days: TDaySpec[];
};

/**
 * A course with its days and steps in order, all authored by one trainer, in one transaction. Used by the demo
 * seed and by tests, so both build content the same way the trainer panel will.
 */
export async function createCourseWithDays(db: PrismaClient, authorId: string, spec: TCourseSpec) {
  const { days, ...course } = spec;
  return db.$transaction(async (tx) => {
    const created = await tx.course.create({
      data: {
        ...course,
        authorId,
        isPublished: course.isPublished ?? true,
        publishedAt: course.isPublished === false ? null : new Date(),
      },
      select: { id: true, slug: true },
    });
    for (const [dayIndex, daySpec] of days.entries()) {
      const day = await tx.trainingDay.create({
        data: {
          title: daySpec.title,
          type: daySpec.type ?? "REGULAR",
          description: daySpec.description ?? "",
          authorId,
        },
      });
      await tx.dayOnCourse.create({ data: { courseId: created.id, dayId: day.id, order: dayIndex + 1 } });
      for (const [stepIndex, stepSpec] of daySpec.steps.entries()) {
        const step = await tx.step.create({ data: { ...stepSpec, authorId } });
        await tx.stepOnDay.create({ data: { dayId: day.id, stepId: step.id, order: stepIndex + 1 } });
      }
    }
    return created;
  });
}

/** Creates the course unless one with its slug exists: the demo seed never overwrites what trainers changed. */
export async function ensureCourse(db: PrismaClient, authorId: string, spec: TCourseSpec) {
  const existing = await db.course.findUnique({ where: { slug: spec.slug }, select: { id: true, slug: true } });
  return existing ?? createCourseWithDays(db, authorId, spec);
}
