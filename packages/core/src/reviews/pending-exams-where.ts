import { can, type TActor } from "@gafus/auth/policy";
import type { Prisma } from "@gafus/prisma";

/** The actor's review queue: pending submissions on their own courses (on every course for who may review any). */
export function pendingExamsWhere(actor: TActor): Prisma.ExamSubmissionWhereInput {
  return {
    status: "PENDING",
    ...(can(actor, "exam:review-any") ? {} : { userStep: { dayOnCourse: { course: { authorId: actor.id } } } }),
  };
}
