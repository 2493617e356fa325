"use client";

import { useHydrated } from "@gafus/ui/client";
import { useState } from "react";
import { apiCall } from "../common/api-client";

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
  return (
    <button
      className="button secondary"
      type="button"
      aria-pressed={favorite}
      disabled={busy || !hydrated}
      onClick={async () => {
        setBusy(true);
        const result = await apiCall(`/api/v1/courses/${slug}/favorite`, "PUT", { favorite: !favorite });
        if (result.ok) setFavorite(!favorite);
        setBusy(false);
      }}
    >
      <span aria-hidden="true">{favorite ? "★" : "☆"}</span> {favorite ? labels.remove : labels.add}
    </button>
  );
}
