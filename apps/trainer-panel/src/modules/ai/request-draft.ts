import { readAnswer } from "@gafus/ui/client";
import { panelApi } from "../authoring/api";

export type TDraftOutcome =
  { ok: true; text: string } | { ok: false; code: "ai_not_configured" | "ai_failed" | "other"; message: string };

type TDraftBody =
  { kind: "EXAM_FEEDBACK"; subjectId: string } | { kind: "COURSE_TEXT"; subjectId: string; prompt: string };

type TDraftState = { status: string; result?: string | null; error?: string | null };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Queues a draft with the trainer panel's AI API and polls it until the worker has an answer (or 2 minutes pass).
 * `onStatus` lets the caller show QUEUED/RUNNING while it waits. A poll that gets no answer (a dropped connection, a
 * restarting server) is tried again the next second; a refusal ends the wait with its reason.
 */
export async function requestDraft(body: TDraftBody, onStatus?: (status: string) => void): Promise<TDraftOutcome> {
  const created = await panelApi<{ id: string }>("/ai/requests", { method: "POST", json: body });
  if (!created.ok) {
    const code = created.error === "ai_not_configured" ? "ai_not_configured" : "other";
    return { ok: false, code, message: created.message };
  }
  for (let i = 0; i < 120; i++) {
    await sleep(1000);
    const polled = await panelApi<TDraftState>(`/ai/requests/${created.data.id}`, { cache: "no-store" });
    if (!polled.ok) {
      if (polled.status === 0 || polled.status >= 500) continue;
      return { ok: false, code: "other", message: polled.message };
    }
    onStatus?.(polled.data.status);
    if (polled.data.status === "READY") return { ok: true, text: polled.data.result ?? "" };
    if (polled.data.status === "FAILED") return { ok: false, code: "ai_failed", message: polled.data.error ?? "" };
  }
  return { ok: false, code: "ai_failed", message: readAnswer({ kind: "timeout" }).message };
}
