"use client";

import { apiCall, useHydrated } from "@gafus/ui/client";
import { useState } from "react";
import { StatusMessage } from "../common/status-message";

export function FavoriteButton({
  slug,
  initial,
  labels,
}: {
  slug: string;
  initial: boolean;
  labels: { add: string; remove: string };
}) {
  const hydrated = useHydrated();
  const [favorite, setFavorite] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <StatusMessage status={error ? { kind: "error", text: error } : null} />
      <button
        className="button secondary"
        type="button"
        aria-pressed={favorite}
        disabled={busy || !hydrated}
        onClick={async () => {
          setBusy(true);
          const result = await apiCall(`/api/v1/courses/${slug}/favorite`, {
            method: "PUT",
            json: { favorite: !favorite },
          });
          if (result.ok) setFavorite(!favorite);
          setError(result.ok ? null : result.message);
          setBusy(false);
        }}
      >
        <span aria-hidden="true">{favorite ? "★" : "☆"}</span> {favorite ? labels.remove : labels.add}
      </button>
    </>
  );
}
