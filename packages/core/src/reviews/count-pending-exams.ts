import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { pendingExamsWhere } from "./pending-exams-where";

/** How many submissions wait in the actor's review queue (the count in the panel's navigation). */
export function countPendingExams({ db, actor }: { db: TDb; actor: TActor }) {
  return db.examSubmission.count({
    where: pendingExamsWhere(actor),
  });
}
