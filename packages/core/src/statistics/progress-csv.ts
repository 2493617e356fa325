import { stringify } from "csv-stringify";
import type { TDb } from "@gafus/prisma";
import { Readable } from "node:stream";
import { countCourseContent } from "./count-course-content";
import { listProgressRows } from "./list-progress-rows";

/** Excel opens UTF-8 CSV (Cyrillic names) correctly only when the file starts with a byte order mark. */
export const UTF8_BOM = "\uFEFF";

const HEADER = [
  "student",
  "email",
  "pet",
  "enrolled_at",
  "days_done",
  "days_total",
  "steps_done",
  "steps_total",
  "progress_percent",
  "last_activity",
  "completed_at",
  "pending_exams",
];

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) gets a leading apostrophe: a student's name
 * must never execute in the trainer's Excel (CSV injection). Quoting and escaping are csv-stringify's job.
 */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const iso = (date: Date | null) => (date ? date.toISOString() : "");

/**
 * The course's student progress as CSV text (BOM first), streamed page by page. `onRow` reports how many rows
 * are written, for jobs that show progress. Callers check that the actor may export the course.
 */
export async function createProgressCsv({
  db,
  courseId,
  onRow,
}: {
  db: TDb;
  courseId: string;
  onRow?: (written: number) => void | Promise<void>;
}): Promise<Readable> {
  const totals = await countCourseContent({ db, courseId });
  async function* lines() {
    yield HEADER;
    let written = 0;
    for await (const row of listProgressRows({ db, courseId })) {
      yield [
        safeCell(row.name),
        safeCell(row.email),
        safeCell(row.pet ?? ""),
        iso(row.enrolledAt),
        String(row.daysDone),
        String(totals.days),
        String(row.stepsDone),
        String(totals.steps),
        String(totals.steps ? Math.round((row.stepsDone / totals.steps) * 100) : 0),
        iso(row.lastActivity),
        iso(row.completedAt),
        String(row.pendingExams),
      ];
      written += 1;
      await onRow?.(written);
    }
  }
  const csv = stringify({ record_delimiter: "\r\n" });
  const source = Readable.from(lines());
  source.on("error", (error) => csv.destroy(error));
  return Readable.from(withBom(source.pipe(csv)), { objectMode: false });
}

async function* withBom(body: AsyncIterable<Buffer | string>) {
  yield Buffer.from(UTF8_BOM, "utf8");
  for await (const chunk of body) yield typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
}
