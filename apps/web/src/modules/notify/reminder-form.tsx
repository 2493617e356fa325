"use client";

import { useHydrated } from "@gafus/ui/client";
import { Field } from "@gafus/ui";
import { useState, type FormEvent } from "react";
import { apiCall } from "../common/api-client";
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
  generic: string;
};

const RESET = { border: 0, padding: 0, margin: 0, minWidth: 0 } as const;

/** A new reminder: title, weekdays (Monday first), local time, time zone (the profile's by default), course. */
export function ReminderForm({
  labels,
  timezones,
  defaultTimezone,
  courses,
}: {
  labels: TReminderLabels;
  timezones: string[];
  defaultTimezone: string;
  courses: { id: string; title: string }[];
}) {
  const hydrated = useHydrated();
  const [error, setError] = useState<string | null>(null);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const d = new FormData(event.currentTarget);
    const courseId = String(d.get("courseId") ?? "");
    const result = await apiCall("/api/v1/me/reminders", "POST", {
      title: String(d.get("title") ?? ""),
      daysOfWeek: d.getAll("day").map(Number),
      time: String(d.get("time") ?? ""),
      timezone: String(d.get("timezone") ?? defaultTimezone),
      courseId: courseId || null,
    });
    if (result.ok) return window.location.reload();
    const fields = (result.details.fields ?? {}) as Record<string, string>;
    setError([result.message || labels.generic, ...Object.values(fields)].join(" "));
  }
  return (
    <form className="card stack" onSubmit={onSubmit} aria-labelledby="reminder-add-title">
      <h2 id="reminder-add-title">{labels.add}</h2>
      <StatusMessage status={error ? { kind: "error", text: error } : null} />
      <Field id="reminder-title" name="title" label={labels.name} required maxLength={100} />
      <fieldset className="stack" style={RESET}>
        <legend>
          <strong>{labels.days}</strong>
        </legend>
        <div className="row wrap">
          {labels.weekdays.map((name, i) => (
            <div className="field checkbox" key={name}>
              <input type="checkbox" id={`reminder-day-${i + 1}`} name="day" value={i + 1} defaultChecked={i < 5} />
              <label htmlFor={`reminder-day-${i + 1}`}>{name}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <Field id="reminder-time" name="time" label={labels.time} type="time" required defaultValue="19:00" />
      <div className="field">
        <label htmlFor="reminder-timezone">{labels.timezone}</label>
        <select id="reminder-timezone" name="timezone" defaultValue={defaultTimezone}>
          {timezones.map((tz) => (
            <option key={tz} value={tz}>
              {tz}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="reminder-course">{labels.course}</label>
        <select id="reminder-course" name="courseId" defaultValue="">
          <option value="">{labels.noCourse}</option>
          {courses.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
      </div>
      <button className="button" type="submit" disabled={!hydrated}>
        {labels.save}
      </button>
    </form>
  );
}
