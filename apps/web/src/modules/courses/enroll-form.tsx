"use client";

import { apiCall, useHydrated } from "@gafus/ui/client";
import { useState, type FormEvent } from "react";
import { StatusMessage } from "../common/status-message";

type TLabels = { enrollWith: string; noPet: string; submit: string };

/** Enrol with one of the student's pets (or none); on success the page reloads to show the open days. */
export function EnrollForm({
  slug,
  pets,
  currentPetId,
  labels,
}: {
  slug: string;
  pets: { id: string; name: string }[];
  currentPetId?: string | null;
  labels: TLabels;
}) {
  const hydrated = useHydrated();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const petId = String(new FormData(event.currentTarget).get("petId") ?? "");
    setBusy(true);
    const result = await apiCall(`/api/v1/courses/${slug}/enrollment`, {
      method: "POST",
      json: { petId: petId || null },
    });
    if (result.ok) return window.location.reload();
    setBusy(false);
    setError(result.message);
  }
  return (
    <form className="stack" onSubmit={onSubmit}>
      <StatusMessage status={error ? { kind: "error", text: error } : null} />
      <div className="field">
        <label htmlFor="petId">{labels.enrollWith}</label>
        <select id="petId" name="petId" defaultValue={currentPetId ?? pets[0]?.id ?? ""}>
          {pets.map((pet) => (
            <option key={pet.id} value={pet.id}>
              {pet.name}
            </option>
          ))}
          <option value="">{labels.noPet}</option>
        </select>
      </div>
      <button className="button" type="submit" disabled={busy || !hydrated}>
        {labels.submit}
      </button>
    </form>
  );
}
