import { Prisma, type TDb } from "@gafus/prisma";
import { objectExists, type TStorage } from "@gafus/storage";
import { z } from "zod";
import { AppError } from "../errors/app-error";
import { appendOutboxEvent } from "../events/outbox";
import type { TStepAddress } from "./complete-step";
import { loadLearnerDay, pickStep } from "./load-learner-day";
import { readQuiz, ZQuizAnswers, scoreQuiz } from "./quiz";
import { lockEnrollment, recordStepCompletion } from "./record-step-completion";

export const ZExamSubmission = z.strictObject({
  answers: ZQuizAnswers,
  writtenAnswer: z.string().trim().max(5000).optional(),
  videoKey: z
    .string()
    .regex(/^exams\/[0-9a-f-]{36}\/[0-9a-f-]{36}\.(mp4|webm|mov)$/)
    .optional(),
});
export type TExamSubmission = z.infer<typeof ZExamSubmission>;

/**
 * Sends an exam: quiz answers (scored here), the written answer and the video report where the step asks for them.
 * The submission waits for the trainer (PENDING); the step counts as done so the next day opens. While one
 * submission is pending a second is refused (409), also under concurrency (a partial unique index backs it).
 */
export async function submitExam({
  db,
  storage,
  submission,
  now = new Date(),
  ...address
}: { db: TDb; storage?: TStorage; submission: TExamSubmission; now?: Date } & TStepAddress) {
  if (submission.videoKey && !submission.videoKey.startsWith(`exams/${address.userId}/`)) {
    throw new AppError("forbidden", "This video was not uploaded by you.");
  }
  // A key of the right shape is not proof of an upload: the object must exist.
  if (submission.videoKey && storage) {
    if (!(await objectExists(storage, submission.videoKey))) {
      throw new AppError("validation_failed", "The video was not found. Upload it again.", {
        fields: { videoKey: ["Upload the video again"] },
      });
    }
  }
  try {
    return await db.$transaction(async (tx) => {
      await lockEnrollment(tx, address);
      const day = await loadLearnerDay(tx, address);
      const step = pickStep(day, address.stepNumber);
      if (step.step.type !== "EXAMINATION") throw new AppError("validation_failed", "This step is not an exam.");

      const quiz = readQuiz(step.step.quiz);
      const { score, maxScore, problems } = scoreQuiz(quiz, submission.answers);
      const fields: Record<string, string[]> = {};
      if (problems.length) fields.answers = problems;
      if (step.step.requiresWrittenAnswer && !submission.writtenAnswer) fields.writtenAnswer = ["Write your answer"];
      if (step.step.requiresVideo && !submission.videoKey) fields.videoKey = ["Attach your video report"];
      if (Object.keys(fields).length) throw new AppError("validation_failed", "The exam is not complete.", { fields });

      const key = { userId: address.userId, dayOnCourseId: day.dayOnCourse.id, stepOnDayId: step.id };
      const userStep = await tx.userStep.upsert({
        where: { userId_dayOnCourseId_stepOnDayId: key },
        create: { ...key, status: "IN_PROGRESS" },
        update: {},
      });
      const pending = await tx.examSubmission.count({ where: { userStepId: userStep.id, status: "PENDING" } });
      if (pending) throw new AppError("exam_pending", "Your previous answer is still waiting for the trainer.");

      const exam = await tx.examSubmission.create({
        data: {
          userId: address.userId,
          userStepId: userStep.id,
          answers: submission.answers,
          score: maxScore ? score : null,
          maxScore: maxScore || null,
          writtenAnswer: submission.writtenAnswer ?? null,
          videoKey: submission.videoKey ?? null,
          createdAt: now,
        },
        select: { id: true, status: true, score: true, maxScore: true, createdAt: true },
      });
      await appendOutboxEvent(tx, {
        eventType: "training.exam.submitted.v1",
        aggregateType: "exam",
        aggregateId: exam.id,
        actorId: address.userId,
        data: {
          examId: exam.id,
          userId: address.userId,
          courseId: day.course.id,
          trainerId: day.course.authorId,
          stepId: step.step.id,
        },
      });
      const progress = await recordStepCompletion(tx, { userId: address.userId, day, step, now });
      return { exam, ...progress };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("exam_pending", "Your previous answer is still waiting for the trainer.");
    }
    throw error;
  }
}
