"use client";

import { apiCall, useHydrated } from "@gafus/ui/client";
import { Field } from "@gafus/ui";
import { useState, type FormEvent } from "react";
import { StatusMessage } from "../common/status-message";

export type TReminderLabels = {
  add: string;
  name: string;
  days: string;
  weekdays: string[];
  time: string;
  timezone: string;
  course: string;
  noCourse: string;
  save: string;
  update: string;
  enabled: string;
};

/** A saved reminder as the edit form needs it. */
export type TEditableReminder = {
  id: string;
  title: string;
  daysOfWeek: number[];
  time: string;
  timezone: string;
  enabled: boolean;
  courseId: string | null;
};

const RESET = { border: 0, padding: 0, margin: 0, minWidth: 0 } as const;

/**
 * A new reminder (title, weekdays Monday first, local time, time zone — the profile's by default —, course), or,
 * given `reminder`, the same form filled in to change it or switch it off.
 */
export function ReminderForm({
  labels,
  timezones,
  defaultTimezone,
  courses,
  reminder,
}: {
  labels: TReminderLabels;
  timezones: string[];
  defaultTimezone: string;
  courses: { id: string; title: string }[];
  reminder?: TEditableReminder;
}) {
  const hydrated = useHydrated();
  const [error, setError] = useState<string | null>(null);
  // Every reminder on the page has its own form: ids must not collide.
  const id = reminder ? `reminder-${reminder.id}` : "reminder";
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const d = new FormData(event.currentTarget);
    const courseId = String(d.get("courseId") ?? "");
    const body = {
      title: String(d.get("title") ?? ""),
      daysOfWeek: d.getAll("day").map(Number),
      time: String(d.get("time") ?? ""),
      timezone: String(d.get("timezone") ?? defaultTimezone),
      courseId: courseId || null,
      enabled: reminder ? d.get("enabled") === "on" : true,
    };
    const result = reminder
      ? await apiCall(`/api/v1/me/reminders/${reminder.id}`, { method: "PUT", json: body })
      : await apiCall("/api/v1/me/reminders", { method: "POST", json: body });
    if (result.ok) return window.location.reload();
    setError(result.message);
  }
  return (
    <form
      className={reminder ? "stack" : "card stack"}
      onSubmit={onSubmit}
      aria-labelledby={reminder ? undefined : `${id}-form-title`}
      aria-label={reminder ? `${labels.update}: ${reminder.title}` : undefined}
    >
      {!reminder && <h2 id={`${id}-form-title`}>{labels.add}</h2>}
      <StatusMessage status={error ? { kind: "error", text: error } : null} />
      <Field
        id={`${id}-title`}
        name="title"
        label={labels.name}
        required
        maxLength={100}
        defaultValue={reminder?.title}
      />
      <fieldset className="stack" style={RESET}>
        <legend>
          <strong>{labels.days}</strong>
        </legend>
        <div className="row wrap">
          {labels.weekdays.map((name, i) => (
            <div className="field checkbox" key={name}>
              <input
                type="checkbox"
                id={`${id}-day-${i + 1}`}
                name="day"
                value={i + 1}
                defaultChecked={reminder ? reminder.daysOfWeek.includes(i + 1) : i < 5}
              />
              <label htmlFor={`${id}-day-${i + 1}`}>{name}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <Field
        id={`${id}-time`}
        name="time"
        label={labels.time}
        type="time"
        required
        defaultValue={reminder?.time ?? "19:00"}
      />
      <div className="field">
        <label htmlFor={`${id}-timezone`}>{labels.timezone}</label>
        <select id={`${id}-timezone`} name="timezone" defaultValue={reminder?.timezone ?? defaultTimezone}>
          {timezones.map((tz) => (
            <option key={tz} value={tz}>
              {tz}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-course`}>{labels.course}</label>
        <select id={`${id}-course`} name="courseId" defaultValue={reminder?.courseId ?? ""}>
          <option value="">{labels.noCourse}</option>
          {courses.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
      </div>
      {reminder && (
        <div className="field checkbox">
          <input type="checkbox" id={`${id}-enabled`} name="enabled" defaultChecked={reminder.enabled} />
          <label htmlFor={`${id}-enabled`}>{labels.enabled}</label>
        </div>
      )}
      <button className="button" type="submit" disabled={!hydrated}>
        {reminder ? labels.update : labels.save}
      </button>
    </form>
  );
}
