import { readFileSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { completeStep, controlStepTimer, enrollInCourse } from "@gafus/core";
import { getDb } from "@gafus/prisma";
import { createJourneyCourse, DEMO, signIn, snap } from "@gafus/testing/e2e";

test.describe.configure({ mode: "serial" });

let course: { id: string; slug: string };
let sequel: { id: string; slug: string };
const title = `Статистика щенка ${Date.now().toString(36)}`;

/** The demo trainer's fresh course with the demo student enrolled and day 1's timer step done. */
test.beforeAll(async () => {
  course = await createJourneyCourse(title);
  // A course with the same content, so the built-in recommender has something similar to offer the student.
  sequel = await createJourneyCourse(`${title}: продолжение`);
  const db = getDb();
  const student = await db.user.findUniqueOrThrow({ where: { email: DEMO.student }, select: { id: true, role: true } });
  await enrollInCourse({ db, viewer: student, slug: course.slug });
  const at = { db, userId: student.id, slug: course.slug, dayNumber: 1, stepNumber: 1 };
  const t0 = new Date(Date.now() - 60_000);
  await controlStepTimer({ ...at, action: "start", now: t0 });
  await completeStep({ ...at, now: new Date(t0.getTime() + 7000) });
});

async function as(browser: Browser, email: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

test("a trainer reads a course's statistics with charts and downloads the progress CSV", async ({ browser }) => {
  const page = await as(browser, DEMO.trainer);
  await page.goto("/trainer/stats");
  await page.getByRole("link", { name: title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.locator(".kpi").filter({ hasText: "Записались" }).locator("dd")).toHaveText("1");
  const funnel = page.getByRole("img", { name: /Воронка прохождения по дням/ });
  await expect(funnel).toBeVisible();
  await expect(funnel).toHaveAccessibleName(/из 1 записавшихся/);
  await expect(page.getByRole("img", { name: /Отсев по шагам/ })).toBeVisible();
  await expect(page.getByTestId("step-table").getByRole("row").nth(1)).toContainText("1.1 Сидеть, {pet}!");
  await expect(page.getByTestId("step-table").getByRole("row").nth(1)).toContainText("6 с");
  await snap(page, "trainer-stats-course-desktop-ru");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Скачать прогресс (CSV)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${course.slug}-progress-\\d{4}-\\d\\d-\\d\\d\\.csv$`));
  const csv = readFileSync((await download.path())!, "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain(`Ольга Студентова,${DEMO.student},`);

  const phone = await as(browser, DEMO.trainer, { width: 390, height: 844 });
  await phone.goto(`/trainer/stats/${course.id}`);
  await expect(phone.getByRole("img", { name: /Воронка/ })).toBeVisible();
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await snap(phone, "trainer-stats-course-phone-ru");
});

test("a trainer writes a visible note that the student then sees; a private one stays private", async ({ browser }) => {
  const page = await as(browser, DEMO.trainer);
  await page.goto("/trainer/students");
  await page.getByRole("link", { name: "Ольга Студентова" }).click();
  const shared = `Отличная выдержка! ${Date.now().toString(36)}`;
  const secret = `Тревожится на улице ${Date.now().toString(36)}`;
  for (const [text, tags, visible] of [
    [shared, "выдержка, похвала", true],
    [secret, "здоровье", false],
  ] as const) {
    await page.getByLabel("Заметка", { exact: true }).fill(text);
    await page.getByLabel("Теги (через запятую)").fill(tags);
    if (visible) await page.getByLabel("Показать заметку ученику").check();
    await page.getByRole("button", { name: "Добавить заметку" }).click();
    await expect(page.getByTestId("note").filter({ hasText: text })).toBeVisible();
  }
  await expect(page.getByTestId("note").filter({ hasText: shared })).toContainText("видна ученику");
  await page.getByRole("combobox", { name: "Фильтр по тегу" }).selectOption("здоровье");
  await page.getByRole("button", { name: "Показать", exact: true }).click();
  await expect(page.getByTestId("note").filter({ hasText: secret })).toBeVisible();
  await expect(page.getByTestId("note").filter({ hasText: shared })).toHaveCount(0);
  await snap(page, "trainer-student-notes-desktop-ru");
  // Edit the private note in place, then delete it (after confirming).
  const edited = `${secret} (уточнение)`;
  const privateNote = page.getByTestId("note").filter({ hasText: secret });
  await privateNote.getByRole("button", { name: "Изменить" }).click();
  await privateNote.getByLabel("Заметка", { exact: true }).fill(edited);
  await privateNote.getByRole("button", { name: "Сохранить" }).click();
  const editedNote = page.getByTestId("note").filter({ hasText: edited });
  await expect(editedNote).toBeVisible();
  await expect(editedNote).toContainText("#здоровье");
  page.once("dialog", (dialog) => void dialog.accept());
  await editedNote.getByRole("button", { name: "Удалить" }).click();
  await expect(page.getByTestId("note").filter({ hasText: edited })).toHaveCount(0);

  const student = await as(browser, DEMO.student, { width: 390, height: 844 });
  await student.goto("/profile");
  const notes = student.getByTestId("trainer-notes");
  await expect(notes).toContainText(shared);
  await expect(notes).not.toContainText(secret.slice(0, 20));
  await snap(student, "web-profile-trainer-notes-phone-ru");
  const api = await student.request.get("/api/v1/me/notes");
  expect(api.status()).toBe(200);
  const contents = ((await api.json()) as { notes: { content: string }[] }).notes.map((n) => n.content);
  expect(contents).toContain(shared);
  expect(contents).not.toContain(secret);
});

test("a trainer requests a PDF summary, watches it get ready and downloads it", async ({ browser }) => {
  const page = await as(browser, DEMO.trainer);
  await page.goto(`/trainer/stats/${course.id}`);
  await page.getByRole("combobox", { name: "Отчёт", exact: true }).selectOption("COURSE_SUMMARY_PDF");
  await page.getByRole("button", { name: "Заказать" }).click();
  await expect(page).toHaveURL(/\/trainer\/reports$/);
  const item = page.getByTestId("report-item").first();
  await expect(item).toContainText(title);
  await expect(item).toHaveAttribute("data-status", "READY", { timeout: 30_000 });
  await snap(page, "trainer-reports-desktop-ru");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    item.getByRole("link", { name: "Скачать" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/-summary-\d{4}-\d\d-\d\d\.pdf$/);
  expect(
    readFileSync((await download.path())!)
      .subarray(0, 5)
      .toString(),
  ).toBe("%PDF-");
});

test("after enrolling, the student sees a similar course recommended with the reason", async ({ browser }) => {
  const student = await as(browser, DEMO.student, { width: 390, height: 844 });
  // The worker refreshes recommendations from the enrolment event: reload until they arrive.
  await expect(async () => {
    await student.goto("/courses");
    await expect(student.getByTestId("recommended")).toContainText(`${title}: продолжение`, { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  const card = student
    .getByTestId("recommended")
    .getByRole("listitem")
    .filter({ hasText: `${title}: продолжение` });
  await expect(card).toContainText(`Похож на «${title}»`);
  await expect(card.getByRole("link")).toHaveAttribute("href", `/courses/${sequel.slug}`);
  await snap(student, "web-catalog-recommended-phone-ru");
  const api = await student.request.get("/api/v1/me/recommendations");
  const slugs = ((await api.json()) as { courses: { slug: string }[] }).courses.map((c) => c.slug);
  expect(slugs).toContain(sequel.slug);
  expect(slugs).not.toContain(course.slug);
});

test("a student is refused statistics and reports; another trainer gets 404 for a foreign course", async ({
  browser,
}) => {
  const student = await as(browser, DEMO.student);
  for (const path of [
    "/trainer/api/stats/courses",
    `/trainer/api/stats/courses/${course.id}`,
    "/trainer/api/reports",
  ]) {
    const response = await student.request.get(path);
    expect(response.status(), path).toBe(403);
    expect(await response.json()).toMatchObject({ error: "forbidden", code: 403 });
  }
  const csv = await student.request.get(`/trainer/api/stats/courses/${course.id}/progress.csv`);
  expect(csv.status()).toBe(403);
  const asked = await student.request.post("/trainer/api/reports", {
    data: { type: "COURSE_SUMMARY_PDF", courseId: course.id },
  });
  expect(asked.status()).toBe(403);

  const coach = await as(browser, DEMO.coach);
  for (const path of [
    `/trainer/api/stats/courses/${course.id}`,
    `/trainer/api/stats/courses/${course.id}/progress.csv`,
  ]) {
    const response = await coach.request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.json()).toMatchObject({ error: "not_found" });
  }
  const page = await coach.goto(`/trainer/stats/${course.id}`);
  expect(page?.status()).toBe(404);
  const report = await coach.request.post("/trainer/api/reports", {
    data: { type: "COURSE_PROGRESS_CSV", courseId: course.id },
  });
  expect(report.status()).toBe(404);
  const bad = await coach.request.post("/trainer/api/reports", { data: { type: "EXCEL", courseId: course.id } });
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ error: "validation_failed" });
});

test("the AI assistant rewrites a step's text, which the trainer takes into the step and saves", async ({
  browser,
}) => {
  const db = getDb();
  const { dayId } = await db.dayOnCourse.findFirstOrThrow({ where: { courseId: course.id, order: 1 } });
  const { stepId } = await db.stepOnDay.findFirstOrThrow({ where: { dayId, step: { type: "THEORY" } } });
  const page = await as(browser, DEMO.trainer);
  await page.goto(`/trainer/courses/${course.id}/days/${dayId}/steps/${stepId}`);
  const assistant = page.getByRole("region", { name: "Помощник по текстам курса" });
  await expect(assistant.getByLabel("Исходная формулировка")).toHaveValue("Сначала маркер, потом награда.");
  await assistant.getByRole("button", { name: "Предложить формулировку" }).click();
  // The request goes through the ai queue to the stack's fake OpenAI-compatible endpoint and back.
  await expect(assistant.getByTestId("ai-suggestion")).toHaveText(/^Черновик ИИ: собака уверенно держит позу/, {
    timeout: 30_000,
  });
  await snap(page, "trainer-step-ai-suggestion-ru");
  await assistant.getByRole("button", { name: "Использовать этот текст" }).click();
  await expect(page.getByLabel(/^Текст \(Markdown/)).toHaveValue(/^Черновик ИИ: собака уверенно держит позу/);
  await page.getByRole("button", { name: "Сохранить", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Сохранено" })).toBeVisible();
  const saved = await db.step.findUniqueOrThrow({ where: { id: stepId }, select: { content: true } });
  expect(saved.content).toMatch(/^Черновик ИИ: собака уверенно держит позу/);

  // Another trainer cannot ask for texts about this course.
  const coach = await as(browser, DEMO.coach);
  const foreign = await coach.request.post("/trainer/api/ai/requests", {
    data: { kind: "COURSE_TEXT", subjectId: course.id, prompt: "Текст" },
  });
  expect(foreign.status()).toBe(404);
  expect(await foreign.json()).toMatchObject({ error: "not_found", code: 404 });
});
