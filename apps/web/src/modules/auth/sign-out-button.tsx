"use client";

import { useState } from "react";
import { signOutRequest } from "./auth-requests";

export function SignOutButton({ label, loading }: { label: string; loading: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      className="button"
      type="button"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        await signOutRequest().catch(() => undefined);
        window.location.assign("/login?signedOut=1");
      }}
    >
      {busy ? loading : label}
    </button>
  );
}
