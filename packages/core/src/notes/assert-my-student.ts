import { can, type TActor } from "@gafus/auth/policy";
import type { Prisma, TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";

/** Enrolments that make a student "mine": on a course the actor authors (an admin: any course). */
export function myEnrollmentsWhere(actor: TActor): Prisma.EnrollmentWhereInput {
  return can(actor, "student:view-any") ? {} : { course: { authorId: actor.id } };
}

/**
 * A trainer writes and reads notes only about students enrolled in their courses. Roles that may not write notes
 * get 403; a student who is not theirs gets 404 (same as a student who does not exist).
 */
export async function assertMyStudent({
  db,
  actor,
  studentId,
  courseId,
}: {
  db: TDb | Prisma.TransactionClient;
  actor: TActor;
  studentId: string;
  courseId?: string | null;
}) {
  if (!can(actor, "note:write")) throw new AppError("forbidden", "Only trainers keep notes about students.");
  const enrollment = await db.enrollment.findFirst({
    where: { userId: studentId, ...myEnrollmentsWhere(actor), ...(courseId ? { courseId } : {}) },
    select: { user: { select: { id: true, name: true, email: true } } },
  });
  if (!enrollment) throw new AppError("not_found", "No such student on your courses.");
  return enrollment.user;
}
