"use client";

import { useHydrated } from "@gafus/ui/client";
import { Field } from "@gafus/ui";
import { useState, type FormEvent } from "react";
import { safeCallback, signInRequest } from "./auth-requests";

export type TLoginLabels = {
  email: string;
  password: string;
  submit: string;
  invalid: string;
  rateLimited: string;
  loading: string;
};

export function LoginForm({ labels, callbackUrl }: { labels: TLoginLabels; callbackUrl?: string }) {
  const hydrated = useHydrated();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    const result = await signInRequest(String(data.get("email")), String(data.get("password")));
    if (result.ok) {
      // A full navigation: the target may be another app on this origin (e.g. /trainer/).
      window.location.assign(safeCallback(callbackUrl));
      return;
    }
    setBusy(false);
    if (result.reason === "rate_limited") {
      setError(labels.rateLimited.replace("{minutes}", String(Math.max(1, Math.ceil(result.retryAfterSeconds / 60)))));
    } else {
      setError(result.reason === "invalid" ? labels.invalid : result.message);
    }
  }

  return (
    <form className="stack" method="post" onSubmit={onSubmit} noValidate aria-busy={busy}>
      {error && (
        <p className="alert error" role="alert">
          {error}
        </p>
      )}
      <Field id="email" type="email" label={labels.email} autoComplete="email" required maxLength={254} />
      <Field id="password" type="password" label={labels.password} autoComplete="current-password" required />
      <button className="button wide" type="submit" disabled={busy || !hydrated}>
        {busy ? labels.loading : labels.submit}
      </button>
    </form>
  );
}
