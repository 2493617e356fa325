import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { z } from "zod";
import { AppError } from "../errors/app-error";
import { appendOutboxEvent } from "../events/outbox";
import { loadExamForReview } from "./load-exam-for-review";

export const ZExamReview = z.strictObject({
  decision: z.enum(["APPROVED", "REJECTED"]),
  comment: z.string().trim().max(1000, "At most 1000 characters").default(""),
});
export type TExamReview = z.infer<typeof ZExamReview>;

/**
 * Approves or rejects a pending submission with a comment. Only the course's author or an admin; a decided
 * submission cannot be decided again (409). The student hears of it through `training.exam.reviewed.v1`.
 */
export async function reviewExam({
  db,
  actor,
  examId,
  review,
}: {
  db: TDb;
  actor: TActor;
  examId: string;
  review: TExamReview;
}) {
  return db.$transaction(async (tx) => {
    const exam = await loadExamForReview(tx, actor, examId);
    const { count } = await tx.examSubmission.updateMany({
      where: { id: examId, status: "PENDING" },
      data: {
        status: review.decision,
        reviewComment: review.comment || null,
        reviewerId: actor.id,
        reviewedAt: new Date(),
      },
    });
    if (count === 0) throw new AppError("conflict", "This submission has already been reviewed.");
    const course = exam.userStep.dayOnCourse.course;
    await appendOutboxEvent(tx, {
      eventType: "training.exam.reviewed.v1",
      aggregateType: "exam",
      aggregateId: examId,
      actorId: actor.id,
      data: {
        examId,
        userId: exam.userId,
        status: review.decision,
        courseId: course.id,
        courseSlug: course.slug,
        courseTitle: course.title,
        dayNumber: course.days.findIndex((d) => d.id === exam.userStep.dayOnCourse.id) + 1,
      },
    });
    return { id: examId, status: review.decision };
  });
}
