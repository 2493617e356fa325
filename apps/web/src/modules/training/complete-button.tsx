"use client";

import { useHydrated } from "@gafus/ui/client";
import { useState } from "react";
import { StatusMessage } from "../common/status-message";
import { completeAndReload, type TStepRef } from "./step-actions";

export function CompleteButton({ refs, label }: { refs: TStepRef; label: string }) {
  const hydrated = useHydrated();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <StatusMessage status={error ? { kind: "error", text: error } : null} />
      <button
        className="button"
        type="button"
        disabled={busy || !hydrated}
        onClick={async () => {
          setBusy(true);
          const problem = await completeAndReload(refs);
          if (problem) {
            setBusy(false);
            setError(problem);
          }
        }}
      >
        {label}
      </button>
    </>
  );
}
