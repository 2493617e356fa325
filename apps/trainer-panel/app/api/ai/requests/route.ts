import { aiEnv } from "@gafus/config";
import { requestAiDraft } from "@gafus/core";
import { requestAiDraftOp } from "@/contract/ai";
import { route } from "@/server/api";

/**
 * POST /trainer/api/ai/requests — { kind: EXAM_FEEDBACK, subjectId: examId } or { kind: COURSE_TEXT, subjectId:
 * courseId|stepId, prompt } → 202 queued; 503 ai_not_configured without AI_BASE_URL.
 */
export const POST = route(requestAiDraftOp, async ({ user, body, db }) =>
  requestAiDraft({ db, actor: user, request: body, isConfigured: Boolean(aiEnv().AI_BASE_URL) }),
);
