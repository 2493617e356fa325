"use client";

import type { TNotificationSettings } from "@gafus/core";
import { apiCall, useHydrated } from "@gafus/ui/client";
import { useState, type FormEvent } from "react";
import { StatusMessage } from "../common/status-message";

export type TSettingsLabels = {
  channels: string;
  channelNames: Record<"PUSH" | "TELEGRAM", string>;
  kinds: string;
  kindNames: Record<TNotificationSettings["mutedKinds"][number], string>;
  quiet: string;
  quietStart: string;
  quietEnd: string;
  quietOff: string;
  quietHint: string;
  save: string;
  saved: string;
};

const RESET = { border: 0, padding: 0, margin: 0, minWidth: 0 } as const;

/** Channels on/off, kinds on/off and quiet hours; a checked box means "send me this". */
export function NotificationSettingsForm({
  settings,
  labels,
}: {
  settings: TNotificationSettings;
  labels: TSettingsLabels;
}) {
  const hydrated = useHydrated();
  const [status, setStatus] = useState<{ kind: "success" | "error"; text: string } | null>(null);
  const [hasQuiet, setHasQuiet] = useState(settings.quietStart !== null);
  const channels = Object.keys(labels.channelNames) as ("PUSH" | "TELEGRAM")[];
  const kinds = Object.keys(labels.kindNames) as TNotificationSettings["mutedKinds"];

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const d = new FormData(event.currentTarget);
    const body = {
      disabledChannels: channels.filter((c) => !d.has(`channel-${c}`)),
      mutedKinds: kinds.filter((k) => !d.has(`kind-${k}`)),
      quietStart: hasQuiet ? String(d.get("quietStart") ?? "") : null,
      quietEnd: hasQuiet ? String(d.get("quietEnd") ?? "") : null,
    };
    const result = await apiCall("/api/v1/me/notification-settings", { method: "PUT", json: body });
    setStatus(result.ok ? { kind: "success", text: labels.saved } : { kind: "error", text: result.message });
  }

  return (
    <form className="stack" onSubmit={onSubmit} aria-label={labels.save}>
      <fieldset className="stack" style={RESET}>
        <legend>
          <strong>{labels.channels}</strong>
        </legend>
        {channels.map((c) => (
          <div className="field checkbox" key={c}>
            <input
              type="checkbox"
              id={`channel-${c}`}
              name={`channel-${c}`}
              defaultChecked={!settings.disabledChannels.includes(c)}
            />
            <label htmlFor={`channel-${c}`}>{labels.channelNames[c]}</label>
          </div>
        ))}
      </fieldset>
      <fieldset className="stack" style={RESET}>
        <legend>
          <strong>{labels.kinds}</strong>
        </legend>
        {kinds.map((k) => (
          <div className="field checkbox" key={k}>
            <input
              type="checkbox"
              id={`kind-${k}`}
              name={`kind-${k}`}
              defaultChecked={!settings.mutedKinds.includes(k)}
            />
            <label htmlFor={`kind-${k}`}>{labels.kindNames[k]}</label>
          </div>
        ))}
      </fieldset>
      <fieldset className="stack" style={RESET} aria-describedby="quiet-hint">
        <legend>
          <strong>{labels.quiet}</strong>
        </legend>
        <div className="field checkbox">
          <input type="checkbox" id="quiet-off" checked={!hasQuiet} onChange={(e) => setHasQuiet(!e.target.checked)} />
          <label htmlFor="quiet-off">{labels.quietOff}</label>
        </div>
        <div className="row wrap">
          <div className="field grow">
            <label htmlFor="quietStart">{labels.quietStart}</label>
            <input
              type="time"
              id="quietStart"
              name="quietStart"
              required={hasQuiet}
              disabled={!hasQuiet}
              defaultValue={settings.quietStart ?? "22:00"}
            />
          </div>
          <div className="field grow">
            <label htmlFor="quietEnd">{labels.quietEnd}</label>
            <input
              type="time"
              id="quietEnd"
              name="quietEnd"
              required={hasQuiet}
              disabled={!hasQuiet}
              defaultValue={settings.quietEnd ?? "08:00"}
            />
          </div>
        </div>
        <p className="hint" id="quiet-hint">
          {labels.quietHint}
        </p>
      </fieldset>
      <StatusMessage status={status} />
      <button className="button" type="submit" disabled={!hydrated}>
        {labels.save}
      </button>
    </form>
  );
}
