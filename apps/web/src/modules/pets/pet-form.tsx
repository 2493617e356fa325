"use client";

import { apiCall, useHydrated } from "@gafus/ui/client";
import { Field } from "@gafus/ui";
import { useState, type FormEvent } from "react";
import { StatusMessage } from "../common/status-message";

export type TPetLabels = {
  add: string;
  edit: string;
  name: string;
  type: string;
  types: Record<"DOG" | "CAT" | "OTHER", string>;
  breed: string;
  birthDate: string;
  save: string;
};

type TPetValues = { name: string; type: "DOG" | "CAT" | "OTHER"; breed: string; birthDate: string | null };

/** Adds a pet, or with `pet` given changes that one (only the fields shown; notes and the journal stay). */
export function PetForm({ labels, pet }: { labels: TPetLabels; pet?: TPetValues & { id: string } }) {
  const hydrated = useHydrated();
  const [error, setError] = useState<string | null>(null);
  const prefix = pet ? `pet-${pet.id}-` : "new-pet-";
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const d = new FormData(event.currentTarget);
    const birthDate = String(d.get("birthDate") ?? "");
    const values = {
      name: String(d.get("name") ?? ""),
      type: String(d.get("type")),
      breed: String(d.get("breed") ?? ""),
    };
    const result = pet
      ? await apiCall(`/api/v1/pets/${pet.id}`, { method: "PATCH", json: { ...values, birthDate: birthDate || null } })
      : await apiCall("/api/v1/pets", { method: "POST", json: { ...values, ...(birthDate ? { birthDate } : {}) } });
    if (result.ok) return window.location.reload();
    setError(result.message);
  }
  return (
    <form className={pet ? "stack" : "card stack"} onSubmit={onSubmit} aria-labelledby={`${prefix}title`}>
      <h2 id={`${prefix}title`} className={pet ? "visually-hidden" : undefined}>
        {pet ? `${labels.edit}: ${pet.name}` : labels.add}
      </h2>
      <StatusMessage status={error ? { kind: "error", text: error } : null} />
      <Field id={`${prefix}name`} name="name" label={labels.name} required maxLength={60} defaultValue={pet?.name} />
      <div className="field">
        <label htmlFor={`${prefix}type`}>{labels.type}</label>
        <select id={`${prefix}type`} name="type" defaultValue={pet?.type ?? "DOG"}>
          {(["DOG", "CAT", "OTHER"] as const).map((type) => (
            <option key={type} value={type}>
              {labels.types[type]}
            </option>
          ))}
        </select>
      </div>
      <Field id={`${prefix}breed`} name="breed" label={labels.breed} maxLength={80} defaultValue={pet?.breed} />
      <Field
        id={`${prefix}birthDate`}
        name="birthDate"
        label={labels.birthDate}
        type="date"
        defaultValue={pet?.birthDate ?? undefined}
      />
      <button className="button" type="submit" disabled={!hydrated}>
        {labels.save}
      </button>
    </form>
  );
}
