import type { Prisma } from "@gafus/prisma";
import { appendOutboxEvent } from "../events/outbox";
import type { TLearnerDay } from "./load-learner-day";
import { elapsedMs } from "./timer-state";
import { recordActivity } from "../reengagement/record-activity";

type TStep = TLearnerDay["steps"][number];

/**
 * Serialises one student's progress writes on one course: two steps completed at the same moment must not both
 * miss that the day is now done. Call it first in the transaction, before reading any progress, so the reads see
 * what the previous holder committed. No enrollment, no lock: the load that follows refuses the request.
 */
export async function lockEnrollment(
  tx: Prisma.TransactionClient,
  { userId, slug }: { userId: string; slug: string },
): Promise<void> {
  await tx.$queryRaw`SELECT e.id FROM "Enrollment" e JOIN "Course" c ON c.id = e."courseId"
    WHERE e."userId" = ${userId}::uuid AND c.slug = ${slug} FOR UPDATE OF e`;
}

/**
 * Marks a step done and, when it was the day's last, the day; when that was the course's last, the course. Each
 * change writes its event (training.step|day|course.completed.v1) in the same transaction. Completing a completed
 * step changes nothing and writes nothing.
 */
export async function recordStepCompletion(
  tx: Prisma.TransactionClient,
  { userId, day, step, now }: { userId: string; day: TLearnerDay; step: TStep; now: Date },
): Promise<{ dayCompleted: boolean; courseCompleted: boolean }> {
  if (step.progress?.status === "COMPLETED") return { dayCompleted: false, courseCompleted: false };
  const key = { userId, dayOnCourseId: day.dayOnCourse.id, stepOnDayId: step.id };
  await tx.userStep.upsert({
    where: { userId_dayOnCourseId_stepOnDayId: key },
    create: { ...key, status: "COMPLETED", completedAt: now },
    // A timer still running at completion folds its last run into elapsedMs (statistics read time per step from it).
    update: {
      status: "COMPLETED",
      completedAt: now,
      runningSince: null,
      elapsedMs: step.progress
        ? Math.min(elapsedMs(step.progress, now), (step.step.durationSec ?? 24 * 3600) * 1000)
        : 0,
    },
  });
  await recordActivity(tx, { userId, now });
  const base = { courseId: day.course.id, dayOnCourseId: day.dayOnCourse.id, userId };
  await appendOutboxEvent(tx, {
    eventType: "training.step.completed.v1",
    aggregateType: "enrollment",
    aggregateId: day.enrollment.id,
    actorId: userId,
    data: { ...base, stepId: step.step.id, stepType: step.step.type, completedAt: now.toISOString() },
  });

  const remaining = day.steps.filter((s) => s.id !== step.id && s.progress?.status !== "COMPLETED");
  if (remaining.length > 0) return { dayCompleted: false, courseCompleted: false };

  await tx.userDay.createMany({
    data: [{ userId, dayOnCourseId: day.dayOnCourse.id, completedAt: now }],
    skipDuplicates: true,
  });
  await appendOutboxEvent(tx, {
    eventType: "training.day.completed.v1",
    aggregateType: "enrollment",
    aggregateId: day.enrollment.id,
    actorId: userId,
    data: { ...base, dayNumber: day.dayNumber, completedAt: now.toISOString() },
  });

  const doneDays = await tx.userDay.count({
    where: { userId, dayOnCourseId: { in: day.dayPlacements.map((d) => d.id) } },
  });
  if (doneDays < day.dayCount) return { dayCompleted: true, courseCompleted: false };

  await tx.enrollment.update({ where: { id: day.enrollment.id }, data: { completedAt: now } });
  await appendOutboxEvent(tx, {
    eventType: "training.course.completed.v1",
    aggregateType: "enrollment",
    aggregateId: day.enrollment.id,
    actorId: userId,
    data: { courseId: day.course.id, userId, completedAt: now.toISOString() },
  });
  return { dayCompleted: true, courseCompleted: true };
}
