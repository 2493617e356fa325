"use client";

import { apiCall, useHydrated } from "@gafus/ui/client";
import { Field } from "@gafus/ui";
import { useState, type FormEvent } from "react";
import { signInRequest } from "./auth-requests";
import { localizeRegisterProblem, type TApiProblem, type TRegisterMessages } from "./register-errors";

export type TRegisterLabels = {
  name: string;
  email: string;
  password: string;
  passwordHint: string;
  submit: string;
  loading: string;
  /** The problems the form names itself; anything else is said by the client helper. */
  messages: Omit<TRegisterMessages, "generic">;
};

export function RegisterForm({ labels, locale }: { labels: TRegisterLabels; locale: string }) {
  const hydrated = useHydrated();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const body = {
      name: String(data.get("name") ?? ""),
      email: String(data.get("email") ?? ""),
      password: String(data.get("password") ?? ""),
      locale,
      timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    };
    setBusy(true);
    setError(null);
    setFields({});
    const result = await apiCall("/api/v1/auth/register", { method: "POST", json: body });
    if (result.ok) {
      const signedIn = await signInRequest(body.email, body.password);
      window.location.assign(signedIn.ok ? "/" : "/login");
      return;
    }
    // The form's own texts for the problems it knows (which password rule, which field); anything else — no
    // connection, a server error — as the client helper says it.
    const problem: TApiProblem = { error: result.error, details: result.details };
    const localized = localizeRegisterProblem(result.status, problem, { ...labels.messages, generic: result.message });
    setFields(localized.fields);
    setError(localized.message);
    setBusy(false);
  }

  const first = (name: string) => fields[name];
  return (
    <form className="stack" method="post" onSubmit={onSubmit} noValidate aria-busy={busy}>
      {error && (
        <p className="alert error" role="alert">
          {error}
        </p>
      )}
      <Field id="name" label={labels.name} autoComplete="name" required maxLength={80} error={first("name")} />
      <Field id="email" type="email" label={labels.email} autoComplete="email" required error={first("email")} />
      <Field
        id="password"
        type="password"
        label={labels.password}
        autoComplete="new-password"
        required
        minLength={8}
        maxLength={128}
        hint={labels.passwordHint}
        error={first("password")}
      />
      <button className="button wide" type="submit" disabled={busy || !hydrated}>
        {busy ? labels.loading : labels.submit}
      </button>
    </form>
  );
}
