"use client";

import { useHydrated } from "@gafus/ui/client";
import { useState } from "react";
import { requestDraft } from "./request-draft";

type TLabels = { draft: string; working: string; done: string; notConfigured: string; failed: string };

/**
 * "Draft with AI" on the exam review page: asks the ai queue for feedback and fills the review form's comment
 * field (#comment), which the trainer then edits. Without an endpoint it says so instead of offering the button.
 */
export function DraftFeedbackButton({
  examId,
  isConfigured,
  labels,
}: {
  examId: string;
  isConfigured: boolean;
  labels: TLabels;
}) {
  const hydrated = useHydrated();
  const [state, setState] = useState<{ kind: "idle" | "working" | "done" | "error"; text?: string }>({ kind: "idle" });
  if (!isConfigured) return <p className="small muted">{labels.notConfigured}</p>;
  async function draft() {
    setState({ kind: "working" });
    const outcome = await requestDraft({ kind: "EXAM_FEEDBACK", subjectId: examId });
    if (!outcome.ok) {
      const text =
        outcome.code === "ai_not_configured"
          ? labels.notConfigured
          : labels.failed.replace("{reason}", outcome.message);
      return setState({ kind: "error", text });
    }
    const field = document.getElementById("comment");
    if (field instanceof HTMLTextAreaElement) {
      field.value = outcome.text.slice(0, 1000);
      field.focus();
    }
    setState({ kind: "done" });
  }
  return (
    <div className="stack">
      <p>
        <button
          className="button secondary"
          type="button"
          disabled={!hydrated || state.kind === "working"}
          onClick={() => void draft()}
        >
          {labels.draft}
        </button>
      </p>
      <p role="status" className={state.kind === "error" ? "alert error" : "small muted"}>
        {state.kind === "working" ? labels.working : state.kind === "done" ? labels.done : (state.text ?? "")}
      </p>
    </div>
  );
}
