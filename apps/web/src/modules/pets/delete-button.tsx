"use client";

import { apiCall } from "../common/api-client";

/** Deletes after the person confirms; the page reloads to show the list without it. */
export function DeleteButton({ path, label, confirmText }: { path: string; label: string; confirmText: string }) {
  return (
    <button
      className="button secondary small"
      type="button"
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
