export type TDraftOutcome =
  { ok: true; text: string } | { ok: false; code: "ai_not_configured" | "ai_failed" | "other"; message: string };

type TDraftBody =
  { kind: "EXAM_FEEDBACK"; subjectId: string } | { kind: "COURSE_TEXT"; subjectId: string; prompt: string };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Queues a draft with the trainer panel's AI API and polls it until the worker has an answer (or 2 minutes pass).
 * `onStatus` lets the caller show QUEUED/RUNNING while it waits.
 */
export async function requestDraft(body: TDraftBody, onStatus?: (status: string) => void): Promise<TDraftOutcome> {
  const created = await fetch("/trainer/api/ai/requests", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  }).catch(() => null);
  const payload = (await created?.json().catch(() => null)) as { id?: string; error?: string; message?: string } | null;
  if (!created?.ok || !payload?.id) {
    const code = payload?.error === "ai_not_configured" ? "ai_not_configured" : "other";
    return { ok: false, code, message: payload?.message ?? "" };
  }
  for (let i = 0; i < 120; i++) {
    await sleep(1000);
    const response = await fetch(`/trainer/api/ai/requests/${payload.id}`, { cache: "no-store" }).catch(() => null);
    const state = (await response?.json().catch(() => null)) as {
      status?: string;
      result?: string | null;
      error?: string | null;
    } | null;
    if (!state?.status) continue;
    onStatus?.(state.status);
    if (state.status === "READY") return { ok: true, text: state.result ?? "" };
    if (state.status === "FAILED") return { ok: false, code: "ai_failed", message: state.error ?? "" };
  }
  return { ok: false, code: "ai_failed", message: "timeout" };
}
