import PDFDocument from "pdfkit";
import { createRequire } from "node:module";
import { formatDuration } from "../statistics/format-duration";
import type { TCourseStats } from "../statistics/get-course-stats";

// pdfkit's built-in fonts have no Cyrillic; DejaVu Sans (npm dejavu-fonts-ttf) covers Russian and English.
const require = createRequire(import.meta.url);
const FONT = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf");
const FONT_BOLD = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf");

const LABELS = {
  ru: {
    title: "Сводка по курсу",
    generated: "Сформировано",
    enrolments: "Записались",
    active: "Активны за 7 дней",
    completed: "Завершили курс",
    pending: "Экзамены ждут проверки",
    funnel: "Воронка по дням (завершили день)",
    steps: "Шаги",
    step: "Шаг",
    done: "Завершили",
    drop: "Отсев",
    time: "Ср. время",
    day: "День",
  },
  en: {
    title: "Course summary",
    generated: "Generated",
    enrolments: "Enrolled",
    active: "Active in the last 7 days",
    completed: "Completed the course",
    pending: "Exams awaiting review",
    funnel: "Funnel by day (finished the day)",
    steps: "Steps",
    step: "Step",
    done: "Completed",
    drop: "Drop-off",
    time: "Avg. time",
    day: "Day",
  },
} as const;

/**
 * A one-course summary as a PDF stream: headline numbers, the day funnel as bars, the step table. `onStage`
 * reports progress (0–100) as parts are laid out.
 */
export function buildSummaryPdf({
  stats,
  locale,
  generatedAt,
  onStage,
}: {
  stats: TCourseStats;
  locale: "ru" | "en";
  generatedAt: Date;
  onStage?: (percent: number) => void;
}): PDFKit.PDFDocument {
  const l = LABELS[locale];
  const doc = new PDFDocument({ size: "A4", margin: 48, info: { Title: `${l.title}: ${stats.course.title}` } });
  doc.registerFont("body", FONT).registerFont("bold", FONT_BOLD).font("body");
  doc.font("bold").fontSize(18).text(`${l.title}: ${stats.course.title}`);
  doc
    .font("body")
    .fontSize(9)
    .fillColor("#555")
    .text(`${l.generated}: ${generatedAt.toISOString().slice(0, 16)}Z`);
  doc.moveDown().fillColor("#000").fontSize(11);
  for (const [label, value] of [
    [l.enrolments, stats.enrolments],
    [l.active, stats.active],
    [l.completed, stats.completed],
    [l.pending, stats.pendingExams],
  ] as const) {
    doc.text(`${label}: ${value}`);
  }
  onStage?.(40);
  doc.moveDown().font("bold").fontSize(13).text(l.funnel).font("body").fontSize(10);
  const max = Math.max(1, stats.enrolments, ...stats.funnel.map((d) => d.completed));
  const width = doc.page.width - 96 - 160;
  for (const day of stats.funnel) {
    if (doc.y > doc.page.height - 80) doc.addPage();
    const y = doc.y;
    doc.text(`${l.day} ${day.order}. ${day.title}`.slice(0, 28), 48, y, { width: 150 });
    doc.rect(208, y, width, 11).fill("#e3e7ec");
    doc.rect(208, y, Math.max(1, (day.completed / max) * width), 11).fill("#1f5f8b");
    doc.fillColor("#000").text(String(day.completed), 212 + (day.completed / max) * width, y);
    doc.x = 48;
    doc.y = y + 18;
  }
  onStage?.(70);
  doc.moveDown().font("bold").fontSize(13).text(l.steps, 48).font("body").fontSize(9);
  const columns = [48, 300, 370, 430, 490];
  const header = [l.step, l.done, l.drop, l.time];
  const row = (cells: string[], font: "body" | "bold") => {
    if (doc.y > doc.page.height - 70) doc.addPage();
    const y = doc.y;
    doc.font(font);
    cells.forEach((cell, i) => doc.text(cell, columns[i]!, y, { width: (columns[i + 1] ?? 547) - columns[i]! - 6 }));
    doc.x = 48;
    doc.y = Math.max(doc.y, y + 14);
  };
  row(header, "bold");
  for (const step of stats.steps) {
    row(
      [
        `${step.dayOrder}.${step.stepOrder} ${step.title}`,
        String(step.completed),
        String(step.dropOff),
        formatDuration(step.avgMs, locale),
      ],
      "body",
    );
  }
  onStage?.(90);
  doc.end();
  return doc;
}
