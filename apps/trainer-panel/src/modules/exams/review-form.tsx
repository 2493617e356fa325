"use client";

import { useHydrated } from "@gafus/ui/client";
import { useState, type FormEvent } from "react";
import { panelApi } from "../authoring/api";

type TLabels = { comment: string; approve: string; reject: string };

/** Approve or reject with a comment; on success the page reloads to show the decision. */
export function ReviewForm({ examId, labels }: { examId: string; labels: TLabels }) {
  const hydrated = useHydrated();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function decide(form: HTMLFormElement, decision: "APPROVED" | "REJECTED") {
    setBusy(true);
    const comment = String(new FormData(form).get("comment") ?? "");
    const result = await panelApi(`/exams/${examId}/review`, { method: "POST", json: { decision, comment } });
    if (result.ok) return window.location.reload();
    setBusy(false);
    setError(result.message);
  }
  return (
    <form
      className="stack card"
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        void decide(event.currentTarget, "APPROVED");
      }}
    >
      {error && (
        <p className="alert error" role="alert">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor="comment">{labels.comment}</label>
        <textarea id="comment" name="comment" rows={4} maxLength={1000} />
      </div>
      <div className="row">
        <button className="button" type="submit" disabled={busy || !hydrated}>
          {labels.approve}
        </button>
        <button
          className="button secondary"
          type="button"
          disabled={busy || !hydrated}
          onClick={(event) => event.currentTarget.form && void decide(event.currentTarget.form, "REJECTED")}
        >
          {labels.reject}
        </button>
      </div>
    </form>
  );
}
