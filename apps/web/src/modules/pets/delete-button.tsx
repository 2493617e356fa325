"use client";

import { apiCall, useHydrated } from "@gafus/ui/client";
import { useState } from "react";
import { StatusMessage } from "../common/status-message";

/** Deletes after the person confirms; the page reloads to show the list without it, or says why not. */
export function DeleteButton({ path, label, confirmText }: { path: string; label: string; confirmText: string }) {
  const hydrated = useHydrated();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <StatusMessage status={error ? { kind: "error", text: error } : null} />
      <button
        className="button secondary small"
        type="button"
        disabled={!hydrated}
        onClick={async () => {
          if (!window.confirm(confirmText)) return;
          const result = await apiCall(path, { method: "DELETE" });
          if (result.ok) return window.location.reload();
          setError(result.message);
        }}
      >
        {label}
      </button>
    </>
  );
}
