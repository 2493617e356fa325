"use client";

import { apiCall, useHydrated } from "@gafus/ui/client";
import { useEffect, useRef, useState } from "react";

export type TSignOutEverywhereLabels = {
  action: string;
  hint: string;
  confirm: string;
  yes: string;
  cancel: string;
  loading: string;
};

/** Ends every session of the account after a confirmation; this browser then goes to the sign-in page. */
export function SignOutEverywhere({ labels }: { labels: TSignOutEverywhereLabels }) {
  const hydrated = useHydrated();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The button that asked is gone once the question shows: keep the keyboard focus on the safe answer.
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) cancel.current?.focus();
  }, [confirming]);

  async function signOutEverywhere() {
    setBusy(true);
    setError(null);
    const result = await apiCall("/api/v1/me/sessions", { method: "DELETE" });
    if (result.ok) return window.location.assign("/login?signedOut=1");
    setBusy(false);
    setError(result.message);
  }

  return (
    <div className="stack">
      <p className="muted" id="sign-out-everywhere-hint">
        {labels.hint}
      </p>
      {error && (
        <p className="alert error" role="alert">
          {error}
        </p>
      )}
      {confirming ? (
        <div className="stack" role="group" aria-labelledby="sign-out-everywhere-confirm">
          <p id="sign-out-everywhere-confirm">
            <strong>{labels.confirm}</strong>
          </p>
          <div className="row">
            <button className="button" type="button" disabled={busy} onClick={signOutEverywhere}>
              {busy ? labels.loading : labels.yes}
            </button>
            <button
              ref={cancel}
              className="button secondary"
              type="button"
              disabled={busy}
              onClick={() => setConfirming(false)}
            >
              {labels.cancel}
            </button>
          </div>
        </div>
      ) : (
        <button
          className="button secondary"
          type="button"
          disabled={!hydrated}
          aria-describedby="sign-out-everywhere-hint"
          onClick={() => setConfirming(true)}
        >
          {labels.action}
        </button>
      )}
    </div>
  );
}
