import type { TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";
import { loadLearnerDay, pickStep } from "./load-learner-day";
import { lockEnrollment } from "./record-step-completion";
import type { TStepAddress } from "./complete-step";
import { elapsedMs, timerView } from "./timer-state";
import { appendOutboxEvent } from "../events/outbox";
import { recordActivity } from "../reengagement/record-activity";
import { personalize } from "./personalize";

export type TTimerAction = "start" | "pause" | "reset";

/**
 * Start (or resume), pause and reset of a training step's timer, stored on the server so that a reload or
 * another device shows the same remaining time. Returns the timer as the client should draw it.
 */
export async function controlStepTimer({
  db,
  action,
  now = new Date(),
  ...address
}: { db: TDb; action: TTimerAction; now?: Date } & TStepAddress) {
  return db.$transaction(async (tx) => {
    await lockEnrollment(tx, address);
    const day = await loadLearnerDay(tx, address);
    const step = pickStep(day, address.stepNumber);
    const duration = step.step.durationSec;
    if (step.step.type !== "TRAINING" || !duration) throw new AppError("validation_failed", "This step has no timer.");
    if (step.progress?.status === "COMPLETED") throw new AppError("conflict", "This step is already completed.");

    const current = step.progress ?? { elapsedMs: 0, runningSince: null, status: "NOT_STARTED" as const };
    const ran = Math.min(elapsedMs(current, now), duration * 1000);
    // Starting a running timer changes nothing: its current run is already counted from runningSince.
    const next =
      action === "start"
        ? { status: "IN_PROGRESS" as const, elapsedMs: current.elapsedMs, runningSince: current.runningSince ?? now }
        : action === "pause"
          ? { status: "PAUSED" as const, elapsedMs: ran, runningSince: null }
          : { status: "NOT_STARTED" as const, elapsedMs: 0, runningSince: null };

    const key = { userId: address.userId, dayOnCourseId: day.dayOnCourse.id, stepOnDayId: step.id };
    const row = await tx.userStep.upsert({
      where: { userId_dayOnCourseId_stepOnDayId: key },
      create: { ...key, ...next },
      update: next,
    });
    if (action === "start" && !current.runningSince && row.runningSince) {
      await recordActivity(tx, { userId: address.userId, now });
      // The worker schedules a "timer finished" notice at the expected end; it fires only if this same run is
      // still going then (a pause, reset or completion changes runningSince).
      const student = await tx.user.findUniqueOrThrow({ where: { id: address.userId }, select: { name: true } });
      const stepTitle = personalize(step.step.title, {
        student: student.name,
        pet: day.enrollment.pet?.name,
        petFallback: "",
      });
      const endsAt = new Date(row.runningSince.getTime() + Math.max(0, duration * 1000 - row.elapsedMs));
      await appendOutboxEvent(tx, {
        eventType: "training.step.timer_started.v1",
        aggregateType: "enrollment",
        aggregateId: day.enrollment.id,
        actorId: address.userId,
        data: {
          userId: address.userId,
          userStepId: row.id,
          runningSince: row.runningSince.toISOString(),
          endsAt: endsAt.toISOString(),
          courseSlug: address.slug,
          dayNumber: address.dayNumber,
          stepNumber: address.stepNumber,
          stepTitle,
        },
      });
    }
    return { status: row.status, timer: timerView(duration, row, now) };
  });
}
