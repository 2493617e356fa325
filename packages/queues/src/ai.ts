import type { Queue } from "bullmq";
import { z } from "zod";
import { correlated, ZCorrelated } from "./correlation";

/** Refresh one student's recommendations (after they enrolled in or finished a course). */
export const ZRecommendJob = ZCorrelated.extend({ userId: z.uuid() });
export type TRecommendJob = z.infer<typeof ZRecommendJob>;
/** Ask the model for a draft recorded as an AiRequest. */
export const ZAiDraftJob = ZCorrelated.extend({ requestId: z.uuid() });
export type TAiDraftJob = z.infer<typeof ZAiDraftJob>;

/** Two tries: a draft the model could not write twice is better reported failed than kept waiting. */
export const AI_DRAFT_ATTEMPTS = 2;

/** One job per event: a redelivered event adds nothing (BullMQ keeps the first job of an id). */
export async function enqueueRecommendation(queue: Queue, job: TRecommendJob, { eventId }: { eventId: string }) {
  const data = ZRecommendJob.parse(correlated(job));
  await queue.add("recommend", data, { jobId: `recommend-${eventId}` });
}

export async function enqueueAiDraft(queue: Queue, job: TAiDraftJob, { eventId }: { eventId: string }) {
  const data = ZAiDraftJob.parse(correlated(job));
  await queue.add("draft", data, { jobId: `draft-${eventId}`, attempts: AI_DRAFT_ATTEMPTS });
}
