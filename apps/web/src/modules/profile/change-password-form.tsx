"use client";

import { Field } from "@gafus/ui";
import { apiCall, useHydrated } from "@gafus/ui/client";
import { useState, type FormEvent } from "react";
import {
  checkPasswordChangeForm,
  localizePasswordChangeFailure,
  type TPasswordChangeMessages,
} from "./password-change-errors";

export type TChangePasswordLabels = {
  title: string;
  current: string;
  new: string;
  repeat: string;
  hint: string;
  submit: string;
  changed: string;
  loading: string;
  messages: TPasswordChangeMessages;
};

/** Current, new and repeated password; on success this device stays signed in (the answer sets its new cookie). */
export function ChangePasswordForm({ labels, email }: { labels: TChangePasswordLabels; email: string }) {
  const hydrated = useHydrated();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ kind: "success" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const values = {
      currentPassword: String(data.get("currentPassword") ?? ""),
      newPassword: String(data.get("newPassword") ?? ""),
      repeatPassword: String(data.get("repeatPassword") ?? ""),
    };
    const local = checkPasswordChangeForm(values, labels.messages);
    if (local) {
      setFields(local.fields);
      setStatus({ kind: "error", text: local.message });
      return;
    }
    setBusy(true);
    setStatus(null);
    const { currentPassword, newPassword } = values;
    const result = await apiCall("/api/v1/me/password", { method: "PUT", json: { currentPassword, newPassword } });
    setBusy(false);
    if (result.ok) {
      form.reset();
      setFields({});
      setStatus({ kind: "success", text: labels.changed });
      return;
    }
    const problem = localizePasswordChangeFailure(result, labels.messages);
    setFields(problem.fields);
    setStatus({ kind: "error", text: problem.message });
  }

  return (
    <form
      className="stack"
      method="post"
      onSubmit={onSubmit}
      noValidate
      aria-busy={busy}
      aria-labelledby="password-title"
    >
      <h3 id="password-title">{labels.title}</h3>
      {status && (
        <p className={`alert ${status.kind}`} role={status.kind === "error" ? "alert" : "status"}>
          {status.text}
        </p>
      )}
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field
        id="currentPassword"
        type="password"
        label={labels.current}
        autoComplete="current-password"
        required
        maxLength={1024}
        error={fields.currentPassword}
      />
      <Field
        id="newPassword"
        type="password"
        label={labels.new}
        autoComplete="new-password"
        required
        minLength={8}
        maxLength={128}
        hint={labels.hint}
        error={fields.newPassword}
      />
      <Field
        id="repeatPassword"
        type="password"
        label={labels.repeat}
        autoComplete="new-password"
        required
        maxLength={128}
        error={fields.repeatPassword}
      />
      <button className="button" type="submit" disabled={busy || !hydrated}>
        {busy ? labels.loading : labels.submit}
      </button>
    </form>
  );
}
