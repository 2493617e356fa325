import { can } from "@gafus/auth";
import { AppError, reviewExam, ZExamReview } from "@gafus/core";
import { jsonResponse, readJsonBody } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { z } from "zod";
import { apiRoute, requireApiUser } from "@/server/api";

/** POST /trainer/api/exams/{id}/review — { decision: APPROVED | REJECTED, comment ≤ 1000 }. */
export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireApiUser(request);
  if (!can(user, "app:trainer-panel")) throw new AppError("forbidden", "Only trainers review exams.");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) throw new AppError("not_found", "No such submission.");
  const review = await readJsonBody(request, ZExamReview);
  return jsonResponse(await reviewExam({ db: getDb(), actor: user, examId: id, review }));
});
