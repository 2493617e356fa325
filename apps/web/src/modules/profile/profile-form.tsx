"use client";

import { apiCall, useHydrated } from "@gafus/ui/client";
import { Field } from "@gafus/ui";
import { useState, type FormEvent } from "react";

export type TProfileLabels = {
  name: string;
  email: string;
  locale: string;
  timezone: string;
  save: string;
  saved: string;
  fixFields: string;
  nameRequired: string;
  loading: string;
  locales: Record<"ru" | "en", string>;
};

type TProfile = { name: string; email: string; locale: "ru" | "en"; timezone: string };

export function ProfileForm({
  labels,
  profile,
  timezones,
}: {
  labels: TProfileLabels;
  profile: TProfile;
  timezones: string[];
}) {
  const hydrated = useHydrated();
  const [fields, setFields] = useState<Record<string, string[]>>({});
  const [status, setStatus] = useState<{ kind: "success" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const changes = {
      name: String(data.get("name") ?? ""),
      locale: String(data.get("locale")),
      timezone: String(data.get("timezone")),
    };
    setBusy(true);
    setStatus(null);
    const result = await apiCall("/api/v1/me", { method: "PATCH", json: changes });
    setBusy(false);
    if (result.ok) {
      // The language may have changed: reload so every text on the page follows it.
      if (changes.locale !== profile.locale) return window.location.reload();
      setFields({});
      setStatus({ kind: "success", text: labels.saved });
      return;
    }
    // The fields that failed are marked with the page's own texts; anything else is said by the client helper.
    setFields(result.fields);
    setStatus({ kind: "error", text: Object.keys(result.fields).length ? labels.fixFields : result.message });
  }

  return (
    <form className="stack" method="post" onSubmit={onSubmit} noValidate aria-busy={busy}>
      {status && (
        <p className={`alert ${status.kind}`} role={status.kind === "error" ? "alert" : "status"}>
          {status.text}
        </p>
      )}
      <Field id="email" label={labels.email} value={profile.email} readOnly disabled />
      <Field
        id="name"
        label={labels.name}
        defaultValue={profile.name}
        required
        maxLength={80}
        error={fields.name ? labels.nameRequired : undefined}
      />
      <div className="field">
        <label htmlFor="locale">{labels.locale}</label>
        <select id="locale" name="locale" defaultValue={profile.locale}>
          {(["ru", "en"] as const).map((code) => (
            <option key={code} value={code} lang={code}>
              {labels.locales[code]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="timezone">{labels.timezone}</label>
        <select
          id="timezone"
          name="timezone"
          defaultValue={profile.timezone}
          aria-invalid={fields.timezone ? true : undefined}
          aria-describedby={fields.timezone ? "timezone-error" : undefined}
        >
          {timezones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </select>
        {fields.timezone && (
          <p className="error" id="timezone-error">
            {labels.fixFields}
          </p>
        )}
      </div>
      <button className="button" type="submit" disabled={busy || !hydrated}>
        {busy ? labels.loading : labels.save}
      </button>
    </form>
  );
}
