"use client";

import { apiCall, useHydrated } from "@gafus/ui/client";
import { useState, type FormEvent } from "react";
import { StatusMessage } from "../common/status-message";

type TLabels = { title: string; rating: string; text: string; save: string; saved: string };

/** One review per student per course; saving again replaces it. */
export function ReviewForm({
  slug,
  initial,
  labels,
}: {
  slug: string;
  initial: { rating: number; text: string } | null;
  labels: TLabels;
}) {
  const hydrated = useHydrated();
  const [status, setStatus] = useState<{ kind: "success" | "error"; text: string } | null>(null);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const result = await apiCall(`/api/v1/courses/${slug}/review`, {
      method: "PUT",
      json: { rating: Number(data.get("rating")), text: String(data.get("text") ?? "") },
    });
    setStatus(result.ok ? { kind: "success", text: labels.saved } : { kind: "error", text: result.message });
    if (result.ok) window.location.reload();
  }
  return (
    <form className="stack card" onSubmit={onSubmit} aria-label={labels.title}>
      <h3>{labels.title}</h3>
      <StatusMessage status={status} />
      <fieldset className="rating">
        <legend>{labels.rating}</legend>
        {[1, 2, 3, 4, 5].map((value) => (
          <label key={value}>
            <input type="radio" name="rating" value={value} defaultChecked={(initial?.rating ?? 5) === value} /> {value}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="review-text">{labels.text}</label>
        <textarea id="review-text" name="text" rows={3} maxLength={2000} defaultValue={initial?.text ?? ""} />
      </div>
      <button className="button" type="submit" disabled={!hydrated}>
        {labels.save}
      </button>
    </form>
  );
}
