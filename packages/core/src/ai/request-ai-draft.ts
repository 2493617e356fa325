import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { z } from "zod";
import { AppError } from "../errors/app-error";
import { appendOutboxEvent, type TEventType } from "../events/outbox";
import { assertMayDraft } from "./assert-may-draft";

export const ZAiDraftRequest = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("EXAM_FEEDBACK"), subjectId: z.uuid() }),
  z.strictObject({
    kind: z.literal("COURSE_TEXT"),
    subjectId: z.uuid().describe("a course or a step the trainer authors"),
    prompt: z.string().trim().min(1, "Write the text to improve").max(4000, "At most 4000 characters"),
  }),
]);
export type TAiDraftRequest = z.infer<typeof ZAiDraftRequest>;

export const AI_REQUESTED = "ai.request.created.v1" satisfies TEventType;

/**
 * Records a draft request (AiRequest + event in one transaction); the worker's `ai` queue asks the model. Refused
 * with 503 ai_not_configured when no endpoint is set, before anything is written.
 */
export async function requestAiDraft({
  db,
  actor,
  request,
  isConfigured,
}: {
  db: TDb;
  actor: TActor;
  request: TAiDraftRequest;
  isConfigured: boolean;
}) {
  await assertMayDraft(db, actor, request);
  if (!isConfigured) throw new AppError("ai_not_configured", "The AI assistant is not configured (AI_BASE_URL).");
  return db.$transaction(async (tx) => {
    const row = await tx.aiRequest.create({
      data: {
        requesterId: actor.id,
        kind: request.kind,
        subjectId: request.subjectId,
        prompt: request.kind === "COURSE_TEXT" ? request.prompt : "",
      },
      select: { id: true, kind: true, status: true, createdAt: true },
    });
    await appendOutboxEvent(tx, {
      eventType: AI_REQUESTED,
      aggregateType: "ai_request",
      aggregateId: row.id,
      actorId: actor.id,
      data: { requestId: row.id },
    });
    return row;
  });
}
