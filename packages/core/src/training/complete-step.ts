import type { TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";
import { loadLearnerDay, pickStep } from "./load-learner-day";
import { lockEnrollment, recordStepCompletion } from "./record-step-completion";
import { timerView } from "./timer-state";

export type TStepAddress = { userId: string; slug: string; dayNumber: number; stepNumber: number };

/**
 * "Done" on a step. A training step needs its timer run to the end; an exam is done by submitting it and a diary
 * step by writing an entry, so neither is completed by hand.
 */
export async function completeStep({ db, now = new Date(), ...address }: { db: TDb; now?: Date } & TStepAddress) {
  return db.$transaction(async (tx) => {
    await lockEnrollment(tx, address);
    const day = await loadLearnerDay(tx, address);
    const step = pickStep(day, address.stepNumber);
    const { type, durationSec } = step.step;
    if (type === "EXAMINATION" || type === "DIARY") {
      throw new AppError(
        "step_not_ready",
        type === "EXAMINATION" ? "Submit the exam to finish this step." : "Write a diary entry to finish this step.",
      );
    }
    if (type === "TRAINING" && durationSec) {
      const timer = timerView(durationSec, step.progress ?? { elapsedMs: 0, runningSince: null }, now);
      if (step.progress?.status !== "COMPLETED" && !timer.isFinished) {
        throw new AppError("step_not_ready", "Finish the timer before completing this step.", {
          remainingMs: timer.remainingMs,
        });
      }
    }
    return recordStepCompletion(tx, { userId: address.userId, day, step, now });
  });
}
