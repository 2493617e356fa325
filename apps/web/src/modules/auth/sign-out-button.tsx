"use client";

import { useHydrated } from "@gafus/ui/client";
import { useState } from "react";
import { signOutRequest } from "./auth-requests";

export function SignOutButton({ label, loading, failed }: { label: string; loading: string; failed: string }) {
  const hydrated = useHydrated();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(false);
  return (
    <>
      {error && (
        <p className="alert error" role="alert">
          {failed}
        </p>
      )}
      <button
        className="button"
        type="button"
        disabled={busy || !hydrated}
        onClick={async () => {
          setBusy(true);
          setError(false);
          if (await signOutRequest()) return window.location.assign("/login?signedOut=1");
          setBusy(false);
          setError(true);
        }}
      >
        {busy ? loading : label}
      </button>
    </>
  );
}
