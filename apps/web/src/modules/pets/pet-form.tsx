"use client";

import { useHydrated } from "@gafus/ui/client";
import { Field } from "@gafus/ui";
import { useState, type FormEvent } from "react";
import { apiCall } from "../common/api-client";
import { StatusMessage } from "../common/status-message";

export type TPetLabels = {
  add: string;
  name: string;
  type: string;
  types: Record<"DOG" | "CAT" | "OTHER", string>;
  breed: string;
  birthDate: string;
  save: string;
  generic: string;
};

export function PetForm({ labels }: { labels: TPetLabels }) {
  const hydrated = useHydrated();
  const [error, setError] = useState<string | null>(null);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const d = new FormData(event.currentTarget);
    const birthDate = String(d.get("birthDate") ?? "");
    const result = await apiCall("/api/v1/pets", "POST", {
      name: String(d.get("name") ?? ""),
      type: String(d.get("type")),
      breed: String(d.get("breed") ?? ""),
      ...(birthDate ? { birthDate } : {}),
    });
    if (result.ok) return window.location.reload();
    setError(result.message || labels.generic);
  }
  return (
    <form className="card stack" onSubmit={onSubmit} aria-labelledby="pet-form-title">
      <h2 id="pet-form-title">{labels.add}</h2>
      <StatusMessage status={error ? { kind: "error", text: error } : null} />
      <Field id="name" label={labels.name} required maxLength={60} />
      <div className="field">
        <label htmlFor="type">{labels.type}</label>
        <select id="type" name="type" defaultValue="DOG">
          {(["DOG", "CAT", "OTHER"] as const).map((type) => (
            <option key={type} value={type}>
              {labels.types[type]}
            </option>
          ))}
        </select>
      </div>
      <Field id="breed" label={labels.breed} maxLength={80} />
      <Field id="birthDate" label={labels.birthDate} type="date" />
      <button className="button" type="submit" disabled={!hydrated}>
        {labels.save}
      </button>
    </form>
  );
}
