import { reviewExam } from "@gafus/core";
import { reviewExamOp } from "@/contract/exams";
import { route } from "@/server/api";

/** POST /trainer/api/exams/{id}/review — { decision: APPROVED | REJECTED, comment ≤ 1000 }. */
export const POST = route(reviewExamOp, async ({ user, params, body, db }) =>
  reviewExam({ db, actor: user, examId: params.id, review: body }),
);
