import type { TDb } from "@gafus/prisma";
import { uploadStream, type TStorage } from "@gafus/storage";
import type { Readable } from "node:stream";
import { AppError } from "../errors/app-error";
import { getCourseStats } from "../statistics/get-course-stats";
import { createProgressCsv } from "../statistics/progress-csv";
import { REPORT_CONTENT_TYPE, reportFileName, reportKey } from "./report-files";
import { buildSummaryPdf } from "./summary-pdf";

/**
 * Builds a requested report and stores it in S3, writing progress to the Report row as it goes. Idempotent: a
 * READY report is left alone, and a re-run (retry after a crash) overwrites the same S3 key. The requester's
 * rights are checked again here: someone who lost the course since asking gets no file.
 */
export async function runReport({
  db,
  storage,
  reportId,
  now = () => new Date(),
  onProgress,
}: {
  db: TDb;
  storage: TStorage;
  reportId: string;
  now?: () => Date;
  /** Called after each progress write (the job mirrors it to BullMQ; tests watch it). */
  onProgress?: (percent: number) => void | Promise<void>;
}): Promise<{ status: "READY"; skipped: boolean }> {
  const report = await db.report.findUnique({
    where: { id: reportId },
    select: {
      id: true,
      type: true,
      status: true,
      courseId: true,
      requesterId: true,
      requester: { select: { id: true, role: true, locale: true } },
    },
  });
  if (!report) throw new AppError("not_found", "No such report.");
  if (report.status === "READY") return { status: "READY", skipped: true };
  if (!report.courseId) throw new AppError("not_found", "The report's course was deleted.");
  let last = -1;
  const progress = async (percent: number) => {
    const value = Math.min(99, Math.floor(percent));
    if (value <= last) return;
    last = value;
    await db.report.update({ where: { id: reportId }, data: { progress: value } });
    await onProgress?.(value);
  };
  await db.report.update({ where: { id: reportId }, data: { status: "RUNNING", progress: 0, error: null } });
  last = 0;
  const stats = await getCourseStats({ db, actor: report.requester, courseId: report.courseId, now: now() });
  await progress(10);
  let body: Readable;
  if (report.type === "COURSE_PROGRESS_CSV") {
    const total = Math.max(1, stats.enrolments);
    body = await createProgressCsv({
      db,
      courseId: report.courseId,
      onRow: (written) => (written % 50 === 0 || written === total ? progress(10 + (written / total) * 80) : undefined),
    });
  } else {
    const stages: number[] = [];
    body = buildSummaryPdf({
      stats,
      locale: report.requester.locale,
      generatedAt: now(),
      onStage: (percent) => void stages.push(percent),
    });
    for (const stage of stages) await progress(stage);
  }
  const key = reportKey(report);
  await uploadStream(storage, { key, body, contentType: REPORT_CONTENT_TYPE[report.type] });
  // The job's own progress reaches 100 before the row says READY, so whoever sees READY saw every step before it.
  await onProgress?.(100);
  await db.report.update({
    where: { id: reportId },
    data: {
      status: "READY",
      progress: 100,
      fileKey: key,
      fileName: reportFileName(report.type, stats.course.slug, now()),
      finishedAt: now(),
      error: null,
    },
  });
  return { status: "READY", skipped: false };
}
