"use client";

import { useHydrated } from "@gafus/ui/client";
import { useState, type FormEvent } from "react";
import { panelApi } from "../authoring/api";

type TLabels = {
  title: string;
  type: string;
  course: string;
  csv: string;
  pdf: string;
  request: string;
  requested: string;
};

/** Asks for a report; the reports page then shows it queue, run and become downloadable. */
export function RequestReportForm({ courses, labels }: { courses: { id: string; title: string }[]; labels: TLabels }) {
  const hydrated = useHydrated();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const data = new FormData(event.currentTarget);
    const result = await panelApi("/reports", {
      method: "POST",
      json: { type: data.get("type"), courseId: data.get("courseId") },
    });
    if (result.ok) {
      window.location.assign("/trainer/reports");
      return;
    }
    setBusy(false);
    setError(result.message);
  }
  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="report-form-title">
      <h2 id="report-form-title">{labels.title}</h2>
      {error && (
        <p className="alert error" role="alert">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor="report-type">{labels.type}</label>
        <select id="report-type" name="type" defaultValue="COURSE_SUMMARY_PDF">
          <option value="COURSE_SUMMARY_PDF">{labels.pdf}</option>
          <option value="COURSE_PROGRESS_CSV">{labels.csv}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="report-course">{labels.course}</label>
        <select id="report-course" name="courseId">
          {courses.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
      </div>
      <p>
        <button className="button" type="submit" disabled={busy || !hydrated}>
          {labels.request}
        </button>
      </p>
    </form>
  );
}
