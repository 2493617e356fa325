"use client";

import { apiCall, useHydrated } from "@gafus/ui/client";
import { useState, type FormEvent } from "react";
import { StatusMessage } from "../common/status-message";
import { reloadAfterProgress, stepPath, type TStepRef } from "./step-actions";

export function DiaryForm({
  refs,
  labels,
}: {
  refs: TStepRef;
  labels: { label: string; placeholder: string; save: string };
}) {
  const hydrated = useHydrated();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    const content = String(new FormData(event.currentTarget).get("content") ?? "");
    const result = await apiCall<{ dayCompleted: boolean }>(stepPath(refs, "diary"), {
      method: "POST",
      json: { content },
    });
    if (result.ok) return reloadAfterProgress(result.data.dayCompleted);
    setBusy(false);
    setError(result.message);
  }
  const id = `diary-${refs.step}`;
  return (
    <form className="stack" onSubmit={onSubmit}>
      <StatusMessage status={error ? { kind: "error", text: error } : null} />
      <div className="field">
        <label htmlFor={id}>{labels.label}</label>
        <textarea id={id} name="content" rows={4} maxLength={5000} placeholder={labels.placeholder} required />
      </div>
      <button className="button" type="submit" disabled={busy || !hydrated}>
        {labels.save}
      </button>
    </form>
  );
}
