import { can, type TActor } from "@gafus/auth/policy";
import type { Prisma, TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";
import { loadExamForReview } from "../reviews/load-exam-for-review";

/**
 * Whether `actor` may have an AI draft for this subject: a trainer-panel user who reviews the exam (EXAM_FEEDBACK)
 * or authors the course or step (COURSE_TEXT; an admin: any). Asked when the draft is requested and again when the
 * worker runs it, since a role or a course's author may change in between. Someone else's subject answers 404.
 */
export async function assertMayDraft(
  db: TDb | Prisma.TransactionClient,
  actor: TActor,
  request: { kind: "EXAM_FEEDBACK" | "COURSE_TEXT"; subjectId: string },
) {
  if (!can(actor, "app:trainer-panel")) throw new AppError("forbidden", "Only trainers use the AI assistant.");
  if (request.kind === "EXAM_FEEDBACK") {
    await loadExamForReview(db, actor, request.subjectId);
    return;
  }
  const [course, step] = await Promise.all([
    db.course.findUnique({ where: { id: request.subjectId }, select: { authorId: true } }),
    db.step.findUnique({ where: { id: request.subjectId }, select: { authorId: true } }),
  ]);
  const owner = course?.authorId ?? step?.authorId;
  if (!owner || !can(actor, "ai:draft-course-text", { ownerId: owner })) {
    throw new AppError("not_found", "No such course or step.");
  }
}
