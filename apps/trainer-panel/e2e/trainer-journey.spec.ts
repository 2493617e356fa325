import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeVideoClip } from "@gafus/testing";
import { DEMO, signIn, snap } from "@gafus/testing/e2e";
import { expect, test, type Browser, type Page } from "@playwright/test";

// The trainer panel's whole loop in one journey, every step through the UI: author a course, upload a real video
// and watch it transcode, attach it to a step, publish; a student plays it and sends the exam; the trainer
// approves it and the student sees the result.

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "ru-RU" })).newPage();
  await signIn(page, email);
  return page;
}

async function uploadAndWaitReady(trainer: Page, title: string) {
  const clip = makeVideoClip({
    dir: mkdtempSync(join(tmpdir(), "gafus-journey-")),
    seconds: 5,
    width: 640,
    height: 360,
  });
  await trainer.goto("/trainer/videos");
  await trainer.getByLabel("Название").fill(title);
  await trainer.getByLabel("Файл видео").setInputFiles(clip);
  await trainer.getByRole("button", { name: "Загрузить", exact: true }).click();
  await expect(trainer.getByText("Загружено. Обработка скоро начнётся.")).toBeVisible({ timeout: 30_000 });
  const item = trainer.locator(".video-item", { hasText: title });
  await expect(item.getByTestId("video-status")).toHaveText("Готово", { timeout: 120_000 });
}

async function addStep(trainer: Page, kind: string, fill: () => Promise<void>, title: string) {
  await trainer.getByRole("link", { name: kind }).click();
  await expect(trainer.getByRole("button", { name: "Создать" })).toBeEnabled();
  await trainer.getByLabel("Название").fill(title);
  await fill();
  await trainer.getByRole("button", { name: "Создать" }).click();
  await expect(trainer.getByRole("link", { name: new RegExp(`\\d+\\. ${title}$`) })).toBeVisible();
}

test("a trainer authors a course with their own video and approves a student's exam; the student sees it", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const tag = Date.now().toString(36);
  const courseTitle = `Путь тренера ${tag}`;
  const videoTitle = `Видео «место» ${tag}`;
  const trainer = await signedIn(browser, DEMO.trainer);

  await uploadAndWaitReady(trainer, videoTitle);

  // A course with one day: a theory step carrying the video, then an exam with a written answer.
  await trainer.goto("/trainer/courses/new");
  await expect(trainer.getByRole("button", { name: "Создать" })).toBeEnabled();
  await trainer.getByLabel("Название").fill(courseTitle);
  await trainer.getByLabel("Краткое описание").fill("Команда «место» с видео тренера");
  await trainer.getByRole("button", { name: "Создать" }).click();
  await expect(trainer).toHaveURL(/\/trainer\/courses\/[0-9a-f-]{36}$/);
  const courseUrl = trainer.url();
  const add = trainer.getByRole("form", { name: "Добавить новый день" });
  await add.getByLabel("Название нового дня").fill("Команда «место»");
  await add.getByRole("button", { name: "Добавить новый день" }).click();
  await trainer.getByRole("link", { name: "1. Команда «место»" }).click();
  await addStep(
    trainer,
    "+ Теория",
    async () => {
      await trainer.getByLabel(/^Текст/).fill("Посмотрите, как собака уходит на место.");
      await trainer.getByLabel("Ваше видео").selectOption({ label: videoTitle });
    },
    "Смотрим видео",
  );
  await addStep(
    trainer,
    "+ Экзамен",
    () => trainer.getByLabel("Просить письменный ответ").check(),
    "Расскажите о тренировке",
  );
  await trainer.goto(courseUrl);
  await trainer.getByRole("button", { name: "Опубликовать" }).click();
  await expect(trainer.getByRole("status").filter({ hasText: "Курс опубликован." })).toBeVisible();

  // The student enrols, plays the trainer's video (protected HLS) and sends the exam.
  const student = await signedIn(browser, DEMO.student);
  await student.goto(`/courses?q=${encodeURIComponent(courseTitle)}`);
  await student.getByRole("link", { name: courseTitle }).click();
  await student.getByRole("button", { name: "Начать курс" }).click();
  await expect(student.getByText("Вы записаны на курс")).toBeVisible();
  const slug = new URL(student.url()).pathname.split("/").pop()!;
  await student.goto(`/courses/${slug}/days/1`);
  const player = student.locator("#step-1 .hls-player");
  await expect(player).toHaveAttribute("data-state", "ready", { timeout: 30_000 });
  const video = player.locator("video");
  await video.evaluate((v: HTMLVideoElement) => {
    v.muted = true;
    return v.play();
  });
  await expect
    .poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 20_000 })
    .toBeGreaterThan(1);
  await snap(student, "trainer-journey-student-video-ru");
  const exam = student.locator("#step-2");
  await exam.getByLabel("Ваш ответ").fill("Рекс ушёл на место с третьей попытки.");
  await exam.getByRole("button", { name: "Отправить тренеру" }).click();
  await expect(exam.getByText("Отправлено. Ждём проверки тренера.")).toBeVisible();

  // The trainer approves it from the review queue.
  await trainer.goto("/trainer/exams");
  await trainer.getByRole("listitem").filter({ hasText: courseTitle }).getByRole("link").first().click();
  await expect(trainer.getByText("Рекс ушёл на место с третьей попытки.")).toBeVisible();
  // An AI draft (the worker asks the stack's fake OpenAI-compatible endpoint) lands in the comment for editing.
  const comment = trainer.getByLabel("Комментарий для ученика (до 1000 символов)");
  await trainer.getByRole("button", { name: "Черновик от ИИ" }).click();
  await expect(comment).toHaveValue(/^Черновик ИИ: собака уверенно держит позу/, { timeout: 30_000 });
  await expect(trainer.getByText("Черновик вставлен в комментарий.", { exact: false })).toBeVisible();
  await comment.fill("Хорошо! Добавьте выдержку.");
  await trainer.getByRole("button", { name: "Принять" }).click();
  await expect(trainer.getByText("Тренер принял экзамен. — Хорошо! Добавьте выдержку.")).toBeVisible();

  await student.reload();
  await expect(student.locator("#step-2").getByText("Тренер принял экзамен.")).toBeVisible();
  await expect(student.locator("#step-2").getByText("Хорошо! Добавьте выдержку.")).toBeVisible();
  await snap(student, "trainer-journey-exam-approved-ru");
});
