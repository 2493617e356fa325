/** What each report type produces. */
export const REPORT_CONTENT_TYPE = {
  COURSE_PROGRESS_CSV: "text/csv; charset=utf-8",
  COURSE_SUMMARY_PDF: "application/pdf",
} as const;

const EXTENSION = { COURSE_PROGRESS_CSV: "csv", COURSE_SUMMARY_PDF: "pdf" } as const;

/** One key per report: a re-run overwrites the same object instead of leaving a second file behind. */
export function reportKey(report: { id: string; requesterId: string; type: keyof typeof EXTENSION }): string {
  return `reports/${report.requesterId}/${report.id}.${EXTENSION[report.type]}`;
}

/** A download name a person recognises: the course slug, the kind, the date. */
export function reportFileName(type: keyof typeof EXTENSION, slug: string, at: Date): string {
  const kind = type === "COURSE_PROGRESS_CSV" ? "progress" : "summary";
  return `${slug}-${kind}-${at.toISOString().slice(0, 10)}.${EXTENSION[type]}`;
}
