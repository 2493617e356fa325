import { aiEnv } from "@gafus/config";
import { requestAiDraft, ZAiDraftRequest } from "@gafus/core";
import { jsonResponse, readJsonBody } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute, requireApiUser } from "@/server/api";

/**
 * POST /trainer/api/ai/requests — { kind: EXAM_FEEDBACK, subjectId: examId } or { kind: COURSE_TEXT, subjectId:
 * courseId|stepId, prompt } → 202 queued; 503 ai_not_configured without AI_BASE_URL.
 */
export const POST = apiRoute(async (request: Request) => {
  const user = await requireApiUser(request);
  const input = await readJsonBody(request, ZAiDraftRequest);
  const isConfigured = Boolean(aiEnv().AI_BASE_URL);
  return jsonResponse(await requestAiDraft({ db: getDb(), actor: user, request: input, isConfigured }), 202);
});
