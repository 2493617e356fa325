"use client";

import { useHydrated } from "@gafus/ui/client";
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
  messages: TRegisterMessages;
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
    try {
      const response = await fetch("/api/v1/auth/register", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      if (response.status === 201) {
        const signedIn = await signInRequest(body.email, body.password);
        window.location.assign(signedIn.ok ? "/" : "/login");
        return;
      }
      const problem = (await response.json().catch(() => ({}))) as TApiProblem;
      const localized = localizeRegisterProblem(response.status, problem, labels.messages);
      setFields(localized.fields);
      setError(localized.message);
    } catch {
      setError(labels.messages.generic);
    }
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
