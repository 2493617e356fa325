"use client";

import { apiCall, useHydrated } from "@gafus/ui/client";
import { useState } from "react";
import { StatusMessage } from "../common/status-message";

/** Sends the chosen image as the raw body; the server checks its bytes and size. */
export function PhotoUpload({ petId, labels }: { petId: string; labels: { photo: string } }) {
  const hydrated = useHydrated();
  const [error, setError] = useState<string | null>(null);
  const id = `photo-${petId}`;
  return (
    <div className="field">
      <StatusMessage status={error ? { kind: "error", text: error } : null} />
      <label htmlFor={id}>{labels.photo}</label>
      <input
        id={id}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        disabled={!hydrated}
        onChange={async (event) => {
          const file = event.target.files?.[0];
          if (!file) return;
          const result = await apiCall(`/api/v1/pets/${petId}/photo`, {
            method: "PUT",
            body: file,
            contentType: file.type,
          });
          if (result.ok) return window.location.reload();
          setError(result.message);
        }}
      />
    </div>
  );
}
