"use client";

import { useHydrated } from "@gafus/ui/client";
import { apiCall } from "../common/api-client";

/** Deletes after the person confirms; the page reloads to show the list without it. */
export function DeleteButton({ path, label, confirmText }: { path: string; label: string; confirmText: string }) {
  const hydrated = useHydrated();
  return (
    <button
      className="button secondary small"
      type="button"
      disabled={!hydrated}
      onClick={async () => {
        if (!window.confirm(confirmText)) return;
        const result = await apiCall(path, "DELETE");
        if (result.ok) window.location.reload();
      }}
    >
      {label}
    </button>
  );
}
