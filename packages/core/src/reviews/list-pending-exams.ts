import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { pendingExamsWhere } from "./pending-exams-where";

/** Submissions waiting for review on the actor's own courses (an admin: on every course), oldest first. */
export function listPendingExams({ db, actor, take = 100 }: { db: TDb; actor: TActor; take?: number }) {
  return db.examSubmission.findMany({
    where: pendingExamsWhere(actor),
    orderBy: { createdAt: "asc" },
    take,
    select: {
      id: true,
      createdAt: true,
      score: true,
      maxScore: true,
      user: { select: { name: true } },
      userStep: {
        select: {
          stepOnDay: { select: { step: { select: { title: true } } } },
          dayOnCourse: { select: { order: true, course: { select: { title: true, slug: true } } } },
        },
      },
    },
  });
}
