"use client";

import { apiCall, useHydrated } from "@gafus/ui/client";
import { useState, type FormEvent } from "react";
import { StatusMessage } from "../common/status-message";

export type TPreventionLabels = {
  kind: string;
  kinds: Record<"VACCINATION" | "DEWORMING" | "TICKS_FLEAS" | "OTHER", string>;
  what: string;
  date: string;
  nextDue: string;
  add: string;
};

export function PreventionForm({ petId, labels }: { petId: string; labels: TPreventionLabels }) {
  const hydrated = useHydrated();
  const [error, setError] = useState<string | null>(null);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const d = new FormData(event.currentTarget);
    const nextDueAt = String(d.get("nextDueAt") ?? "");
    const result = await apiCall(`/api/v1/pets/${petId}/prevention`, {
      method: "POST",
      json: {
        kind: String(d.get("kind")),
        title: String(d.get("title") ?? ""),
        date: String(d.get("date") ?? ""),
        ...(nextDueAt ? { nextDueAt } : {}),
      },
    });
    if (result.ok) return window.location.reload();
    setError(result.message);
  }
  const id = (name: string) => `${name}-${petId}`;
  return (
    <form className="stack prevention-form" onSubmit={onSubmit}>
      <StatusMessage status={error ? { kind: "error", text: error } : null} />
      <div className="row wrap">
        <div className="field">
          <label htmlFor={id("kind")}>{labels.kind}</label>
          <select id={id("kind")} name="kind">
            {(Object.keys(labels.kinds) as (keyof TPreventionLabels["kinds"])[]).map((k) => (
              <option key={k} value={k}>
                {labels.kinds[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field grow">
          <label htmlFor={id("title")}>{labels.what}</label>
          <input id={id("title")} name="title" required maxLength={120} />
        </div>
        <div className="field">
          <label htmlFor={id("date")}>{labels.date}</label>
          <input id={id("date")} name="date" type="date" required />
        </div>
        <div className="field">
          <label htmlFor={id("nextDueAt")}>{labels.nextDue}</label>
          <input id={id("nextDueAt")} name="nextDueAt" type="date" />
        </div>
      </div>
      <button className="button secondary" type="submit" disabled={!hydrated}>
        {labels.add}
      </button>
    </form>
  );
}
