import { createTestDatabase, makeCourse, makeUser, type TTestDatabase } from "@gafus/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completeStep } from "../training/complete-step";
import { controlStepTimer } from "../training/control-step-timer";
import { enrollInCourse } from "../training/enroll-in-course";
import { submitExam } from "../training/submit-exam";
import { getCourseStats } from "./get-course-stats";
import { listStatsCourses } from "./list-stats-courses";
import { createProgressCsv, UTF8_BOM } from "./progress-csv";

let t: TTestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * The known fixture: three students on a course of 3 days (1: timer 5 s + theory, 2: exam + diary, 3: practice).
 * Anna finishes day 1 (timer 5 s, theory 60 s later) and sends the exam 60 s after that; Boris does the timer step only; the
 * third student (a name built to attack spreadsheets) only enrolled.
 */
async function fixture() {
  const author = await makeUser(t.db, { role: "TRAINER" });
  const course = await makeCourse(t.db, author.id, { title: "Воспитание щенка" });
  const anna = await makeUser(t.db, { name: 'Анна, "Ромашка"' });
  const boris = await makeUser(t.db, { name: "Boris" });
  const mallory = await makeUser(t.db, { name: '=HYPERLINK("http://evil.test")' });
  for (const student of [anna, boris, mallory]) await enrollInCourse({ db: t.db, viewer: student, slug: course.slug });
  const at = (userId: string, dayNumber: number, stepNumber: number) => ({
    db: t.db,
    userId,
    slug: course.slug,
    dayNumber,
    stepNumber,
  });
  const t0 = Date.now() - 3600_000;
  for (const student of [anna, boris]) {
    await controlStepTimer({ ...at(student.id, 1, 1), action: "start", now: new Date(t0) });
    await controlStepTimer({ ...at(student.id, 1, 1), action: "pause", now: new Date(t0 + 5000) });
    await completeStep({ ...at(student.id, 1, 1), now: new Date(t0 + 6000) });
  }
  await completeStep({ ...at(anna.id, 1, 2), now: new Date(t0 + 66_000) });
  await submitExam({
    ...at(anna.id, 2, 1),
    submission: { answers: { q1: ["a"] }, writtenAnswer: "Готово" },
    now: new Date(t0 + 126_000),
  });
  return { author, course, anna, boris, mallory };
}

describe("course statistics", () => {
  it("counts enrolments, active students, the day funnel, step drop-off, time per step and pending exams", async () => {
    const { author, course } = await fixture();
    const stats = await getCourseStats({ db: t.db, actor: author, courseId: course.id });
    expect(stats).toMatchObject({ enrolments: 3, active: 2, completed: 0, pendingExams: 1 });
    expect(stats.funnel.map((d) => [d.order, d.title, d.completed])).toEqual([
      [1, "Day one", 1],
      [2, "Day two", 0],
      [3, "Summary", 0],
    ]);
    expect(
      stats.steps.map((s) => [`${s.dayOrder}.${s.stepOrder}`, s.started, s.completed, s.dropOff, s.avgMs]),
    ).toEqual([
      ["1.1", 2, 2, 1, 5000],
      ["1.2", 1, 1, 1, 60000],
      ["2.1", 1, 1, 0, 60000],
      ["2.2", 0, 0, 1, null],
      ["3.1", 0, 0, 0, null],
    ]);
    const listed = await listStatsCourses({ db: t.db, actor: author });
    expect(listed.find((c) => c.id === course.id)).toMatchObject({ enrolments: 3, active: 2, pendingExams: 1 });
  });

  it("shows a course only to its author and admins: another trainer gets 404, a student 403", async () => {
    const { course } = await fixture();
    const other = await makeUser(t.db, { role: "TRAINER" });
    const admin = await makeUser(t.db, { role: "ADMIN" });
    const student = await makeUser(t.db);
    await expect(getCourseStats({ db: t.db, actor: other, courseId: course.id })).rejects.toMatchObject({
      status: 404,
    });
    await expect(getCourseStats({ db: t.db, actor: student, courseId: course.id })).rejects.toMatchObject({
      status: 403,
    });
    await expect(listStatsCourses({ db: t.db, actor: student })).rejects.toMatchObject({ status: 403 });
    expect((await listStatsCourses({ db: t.db, actor: other })).map((c) => c.id)).not.toContain(course.id);
    expect((await getCourseStats({ db: t.db, actor: admin, courseId: course.id })).enrolments).toBe(3);
    await expect(getCourseStats({ db: t.db, actor: admin, courseId: "not-a-uuid" })).rejects.toMatchObject({
      status: 404,
    });
  });
});

describe("time per step", () => {
  it("counts the last run of a timer still running when the step is completed (capped at its duration)", async () => {
    const author = await makeUser(t.db, { role: "TRAINER" });
    const course = await makeCourse(t.db, author.id);
    const student = await makeUser(t.db);
    await enrollInCourse({ db: t.db, viewer: student, slug: course.slug });
    const at = { db: t.db, userId: student.id, slug: course.slug, dayNumber: 1, stepNumber: 1 };
    const t0 = new Date(Date.now() - 60_000);
    await controlStepTimer({ ...at, action: "start", now: t0 });
    await completeStep({ ...at, now: new Date(t0.getTime() + 9000) });
    const stats = await getCourseStats({ db: t.db, actor: author, courseId: course.id });
    expect(stats.steps[0]).toMatchObject({ completed: 1, avgMs: 5000 });
  });
});

describe("progress CSV", () => {
  it("starts with a BOM, escapes quotes and commas, defuses formulas and counts each student's progress", async () => {
    const { course, anna } = await fixture();
    const text = await readAll(await createProgressCsv({ db: t.db, courseId: course.id }));
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    const lines = text.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "student,email,pet,enrolled_at,days_done,days_total,steps_done,steps_total,progress_percent,last_activity,completed_at,pending_exams",
    );
    expect(lines).toHaveLength(4);
    const annaLine = lines.find((l) => l.includes(anna.email))!;
    expect(annaLine.startsWith('"Анна, ""Ромашка""",')).toBe(true);
    // days 1 of 3, steps 3 of 5 (60 %: a sent exam counts as done), one exam waiting.
    expect(annaLine).toMatch(/,1,3,3,5,60,\d{4}-\d\d-\d\dT[^,]+,,1$/);
    expect(lines.some((l) => l.startsWith(`"'=HYPERLINK(""http://evil.test"")"`))).toBe(true);
    expect(lines.find((l) => l.startsWith("Boris"))).toMatch(/,0,3,1,5,20,/);
  });
});
