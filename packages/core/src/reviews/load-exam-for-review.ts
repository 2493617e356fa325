import { can, type TActor } from "@gafus/auth/policy";
import type { Prisma, TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";

/**
 * One submission with what a reviewer needs, if the actor may review it. Someone else's course answers 404 like a
 * missing submission, so ids cannot be probed.
 */
export async function loadExamForReview(db: TDb | Prisma.TransactionClient, actor: TActor, examId: string) {
  const exam = await db.examSubmission.findUnique({
    where: { id: examId },
    select: {
      id: true,
      status: true,
      answers: true,
      score: true,
      maxScore: true,
      writtenAnswer: true,
      videoKey: true,
      reviewComment: true,
      reviewedAt: true,
      createdAt: true,
      userId: true,
      user: { select: { name: true } },
      userStep: {
        select: {
          stepOnDay: { select: { step: { select: { title: true, content: true, quiz: true } } } },
          dayOnCourse: {
            select: {
              id: true,
              courseId: true,
              course: {
                select: {
                  id: true,
                  title: true,
                  slug: true,
                  authorId: true,
                  days: { select: { id: true }, orderBy: { order: "asc" } },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!exam || !can(actor, "exam:review", { ownerId: exam.userStep.dayOnCourse.course.authorId })) {
    throw new AppError("not_found", "No such submission.");
  }
  return exam;
}
