"use client";

import { useEffect, useState } from "react";
import { panelApi } from "../authoring/api";

export type TReportView = {
  id: string;
  type: "COURSE_PROGRESS_CSV" | "COURSE_SUMMARY_PDF";
  status: "QUEUED" | "RUNNING" | "READY" | "FAILED";
  progress: number;
  error: string | null;
  createdAt: string;
  course: { title: string } | null;
};

type TLabels = Record<"QUEUED" | "RUNNING" | "READY" | "FAILED" | "download" | "retry" | "progress" | "empty", string> &
  Record<TReportView["type"], string>;

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ""));

/** The requester's reports; while one is queued or running the list polls every 1.5 s, so progress moves live. */
export function ReportList({ initial, labels, locale }: { initial: TReportView[]; labels: TLabels; locale: string }) {
  const [reports, setReports] = useState(initial);
  // A failed poll or retry is said until the next one succeeds; the list keeps what it last knew meanwhile.
  const [error, setError] = useState<string | null>(null);
  const busy = reports.some((r) => r.status === "QUEUED" || r.status === "RUNNING");
  useEffect(() => {
    if (!busy) return;
    const timer = setInterval(async () => {
      const result = await panelApi<{ reports: TReportView[] }>("/reports", { cache: "no-store" });
      if (result.ok) setReports(result.data.reports);
      setError(result.ok ? null : result.message);
    }, 1500);
    return () => clearInterval(timer);
  }, [busy]);
  async function retry(id: string) {
    const result = await panelApi(`/reports/${id}/retry`, { method: "POST" });
    if (result.ok) setReports((all) => all.map((r) => (r.id === id ? { ...r, status: "QUEUED", error: null } : r)));
    setError(result.ok ? null : result.message);
  }
  if (reports.length === 0) return <p className="muted">{labels.empty}</p>;
  return (
    <>
      {error && (
        <p className="alert error" role="alert">
          {error}
        </p>
      )}
      <ul className="note-list" aria-live="polite">
        {reports.map((report) => (
          <li key={report.id} className="card stack" data-testid="report-item" data-status={report.status}>
            <p>
              <strong>{labels[report.type]}</strong> · {report.course?.title ?? "—"}
              <br />
              <span className="small muted">{new Date(report.createdAt).toLocaleString(locale)}</span>
            </p>
            {report.status === "RUNNING" || report.status === "QUEUED" ? (
              <p className="row wrap">
                <progress className="report-progress" max={100} value={report.progress} aria-label={labels.progress} />
                <span role="status">
                  {report.status === "QUEUED" ? labels.QUEUED : fill(labels.RUNNING, { progress: report.progress })}
                </span>
              </p>
            ) : report.status === "READY" ? (
              <p className="row wrap">
                <span className="tag">{labels.READY}</span>
                <a className="button" href={`/trainer/api/reports/${report.id}/download`} download>
                  {labels.download}
                </a>
              </p>
            ) : (
              <div className="stack">
                <p className="alert error" role="alert">
                  {fill(labels.FAILED, { reason: report.error ?? "" })}
                </p>
                <p>
                  <button className="button secondary" type="button" onClick={() => void retry(report.id)}>
                    {labels.retry}
                  </button>
                </p>
              </div>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
