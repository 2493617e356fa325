import type { TDb } from "@gafus/prisma";
import { z } from "zod";
import { AppError } from "../errors/app-error";
import type { TStepAddress } from "./complete-step";
import { loadLearnerDay, pickStep } from "./load-learner-day";
import { lockEnrollment, recordStepCompletion } from "./record-step-completion";

export const ZDiaryEntryInput = z.strictObject({ content: z.string().trim().min(1, "Write something").max(5000) });

/** A diary entry for the day; on a DIARY step it also completes the step. Entries are private to their author. */
export async function writeDiaryEntry({
  db,
  content,
  now = new Date(),
  ...address
}: { db: TDb; content: string; now?: Date } & TStepAddress) {
  return db.$transaction(async (tx) => {
    await lockEnrollment(tx, address);
    const day = await loadLearnerDay(tx, address);
    const step = pickStep(day, address.stepNumber);
    if (step.step.type !== "DIARY") throw new AppError("validation_failed", "This step is not a diary step.");
    const entry = await tx.diaryEntry.create({
      data: { userId: address.userId, dayOnCourseId: day.dayOnCourse.id, content, createdAt: now },
      select: { id: true, content: true, createdAt: true },
    });
    const progress = await recordStepCompletion(tx, { userId: address.userId, day, step, now });
    return { entry, ...progress };
  });
}
