import { tmpdir } from "node:os";
import { expect, test, type Page } from "@playwright/test";
import { createJourneyCourse, DEMO, makeTestImage, makeTestVideo, signIn, snap, uniqueEmail } from "@gafus/testing/e2e";

test.describe.configure({ mode: "serial" });

async function register(page: Page, name: string) {
  await page.goto("/register");
  await page.getByLabel("Ваше имя").fill(name);
  await page.getByLabel("Эл. почта").fill(uniqueEmail("journey"));
  await page.getByLabel("Пароль").fill("Heel-and-sit-2026");
  await page.getByRole("button", { name: "Создать аккаунт" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Здравствуйте, ${name}!`);
}

test("a new student goes from registration to a badge, and the trainer's review reaches them", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const title = `Посадка за три дня ${Date.now().toString(36)}`;
  const course = await createJourneyCourse(title);
  const video = makeTestVideo(tmpdir());

  await register(page, "Мария");

  // A pet to train with.
  await page.getByRole("link", { name: "Мои питомцы" }).click();
  await page.getByLabel("Кличка").fill("Рекс");
  await page.getByLabel("Порода").fill("Бигль");
  await page.getByRole("button", { name: "Сохранить" }).click();
  await expect(page.getByRole("heading", { name: "Рекс" })).toBeVisible();
  await page.getByLabel("Фото").setInputFiles(makeTestImage(tmpdir()));
  await expect(page.getByRole("img", { name: "Рекс" })).toBeVisible();
  expect(await page.getByRole("img", { name: "Рекс" }).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);
  // Editing changes only what the form shows: the breed; the species and the photo stay.
  const rex = page.getByRole("article", { name: "Рекс" });
  await rex.getByText("Изменить", { exact: true }).click();
  await rex.getByLabel("Порода").fill("Бигль-харьер");
  await rex.getByRole("button", { name: "Сохранить" }).click();
  await expect(page.getByRole("article", { name: "Рекс" }).getByText("Собака · Бигль-харьер")).toBeVisible();
  await expect(page.getByRole("img", { name: "Рекс" })).toBeVisible();
  await snap(page, "pets-desktop-ru");

  // Find the course in the catalog and enrol with the pet.
  await page.goto("/courses");
  await page.getByLabel("Поиск курсов").fill(title);
  await page.getByRole("button", { name: "Показать" }).click();
  await expect(page.locator(".course-card")).toHaveCount(1);
  await snap(page, "catalog-desktop-ru");
  await page.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/courses/${course.slug}$`));
  await expect(page.getByLabel("С кем занимаетесь")).toHaveValue(/.+/);
  await page.getByRole("button", { name: "Начать курс" }).click();
  await expect(page.getByText("Вы записаны на курс")).toBeVisible();
  await expect(page.locator(".day-item").nth(1)).toContainText("Закрыт");
  await snap(page, "course-desktop-ru");
  await page.getByRole("link", { name: "Продолжить: день 1" }).click();

  // Day 1: the texts speak of the pet; the timer keeps its time across a reload.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Первый день с Рекс");
  const training = page.locator("#step-1");
  await expect(training.getByRole("heading")).toHaveText("1. Сидеть, Рекс!");
  await training.getByRole("button", { name: "Старт" }).click();
  await page.waitForTimeout(2_000);
  await training.getByRole("button", { name: "Пауза" }).click();
  // The pause is saved once "Resume" shows; reloading earlier races the request (seen under load).
  await expect(training.getByRole("button", { name: "Продолжить" })).toBeVisible();
  const pausedAt = await training.getByRole("timer").textContent();
  expect(pausedAt).toMatch(/^0:0[2-5]$/);
  await page.reload();
  await expect(page.locator("#step-1").getByRole("timer")).toHaveText(pausedAt!);
  await expect(page.locator("#step-1").getByText("На паузе")).toBeVisible();
  await page.locator("#step-1").getByRole("button", { name: "Продолжить" }).click();
  await expect(page.locator("#step-1").getByText("Время вышло — отличная работа!")).toBeVisible({ timeout: 10_000 });
  await page.locator("#step-1").getByRole("button", { name: "Отметить выполненным" }).click();
  await expect(page.locator("#step-1").getByText("Выполнен", { exact: true })).toBeVisible();
  await page.locator("#step-2").getByRole("button", { name: "Прочитано" }).click();
  await expect(page.locator("#step-2").getByText("Выполнен", { exact: true })).toBeVisible();
  await page.locator("#step-3").getByRole("button", { name: "Отметить выполненным" }).click();
  await expect(page.getByText("День пройден! Следующий день открыт.")).toBeVisible();
  // Badges arrive through the worker; the header's unread count updates live (server-sent events), no reload.
  await expect(page.getByTestId("unread-count")).toHaveText(/^[1-9]/, { timeout: 15_000 });
  await snap(page, "day-completed-desktop-ru");
  await page.getByRole("link", { name: /Следующий день/ }).click();

  // Day 2: an exam with a quiz and a real video file, then the diary.
  const exam = page.locator("#step-1");
  await exam.getByLabel("Сразу после маркера").check();
  await exam.getByLabel("Видеоотчёт").setInputFiles(video);
  await expect(exam.getByText("Видео прикреплено.")).toBeVisible({ timeout: 20_000 });
  await exam.getByRole("button", { name: "Отправить тренеру" }).click();
  await expect(page.locator("#step-1").getByText("Отправлено. Ждём проверки тренера.")).toBeVisible();
  await expect(page.locator("#step-1").getByText("Тест: 1 из 1")).toBeVisible();
  await page.getByLabel("Запись в дневнике").fill("Рекс садится с первого раза!");
  await page.getByRole("button", { name: "Сохранить запись" }).click();
  await expect(page.getByText("День пройден! Следующий день открыт.")).toBeVisible();
  await expect(page.getByText("Рекс садится с первого раза!")).toBeVisible();

  // The course page shows the summary day open; achievements come from the events the worker handled.
  await page.goto(`/courses/${course.slug}`);
  await expect(page.locator(".day-item").nth(2)).toContainText("Открыт");
  await page.goto("/achievements");
  await expect(async () => {
    await page.reload();
    await expect(page.locator('[data-badge="first_step"]')).toHaveClass(/earned/);
    await expect(page.locator('[data-badge="first_day"]')).toHaveClass(/earned/);
  }).toPass({ timeout: 20_000 });
  await expect(page.getByTestId("streak-current")).toHaveText("Дней: 1");
  await snap(page, "achievements-desktop-ru");

  // The course's trainer reviews the exam in the trainer panel: answers, the video, a decision with a comment.
  const trainerContext = await browser.newContext({ locale: "ru-RU" });
  const trainer = await trainerContext.newPage();
  await signIn(trainer, DEMO.trainer, undefined, "/trainer/exams");
  await expect(trainer.getByRole("link", { name: /Экзамены на проверку \(\d+\)/ })).toBeVisible();
  await trainer
    .getByRole("listitem")
    .filter({ hasText: title })
    .getByRole("link", { name: "Мария — Экзамен по посадке" })
    .click();
  await expect(trainer.getByText("✓ Сразу после маркера")).toBeVisible();
  const videoUrl = await trainer.locator("video").getAttribute("src");
  const partial = await trainer.request.get(videoUrl!, { headers: { range: "bytes=0-99" } });
  expect(partial.status()).toBe(206);
  expect((await partial.body()).length).toBe(100);
  await snap(trainer, "trainer-exam-review-desktop-ru");
  await trainer.getByLabel("Комментарий для ученика (до 1000 символов)").fill("Отличная посадка, так держать!");
  await trainer.getByRole("button", { name: "Принять" }).click();
  await expect(trainer.getByText("Тренер принял экзамен. — Отличная посадка, так держать!")).toBeVisible();
  // Someone else's trainer cannot see or decide it; the student cannot review at all.
  const examId = new URL(trainer.url()).pathname.split("/").pop()!;
  const coachContext = await browser.newContext();
  const coach = await coachContext.newPage();
  await signIn(coach, DEMO.coach);
  const foreign = await coach.request.post(`/trainer/api/exams/${examId}/review`, {
    data: { decision: "REJECTED", comment: "" },
  });
  expect(foreign.status()).toBe(404);
  const byStudent = await page.request.post(`/trainer/api/exams/${examId}/review`, {
    data: { decision: "REJECTED", comment: "" },
  });
  expect(byStudent.status()).toBe(403);
  await Promise.all([trainerContext.close(), coachContext.close()]);

  await page.goto(`/courses/${course.slug}/days/2`);
  await expect(page.getByText("Тренер принял экзамен.")).toBeVisible();
  await expect(page.getByText("Отличная посадка, так держать!")).toBeVisible();

  // The inbox lists the badges and the review in the student's language; opening it clears the count.
  await page.getByRole("link", { name: /Уведомления, непрочитанных/ }).click();
  await expect(page.getByText("Новая награда: Первый шаг")).toBeVisible();
  await expect(page.getByText(`Ваш экзамен в курсе «${title}» принят.`)).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId("unread-count")).toBeHidden({ timeout: 10_000 });
});

test("phone layout of the course and day pages", async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: "ru-RU",
  });
  const page = await context.newPage();
  const course = await createJourneyCourse(`Телефон ${Date.now().toString(36)}`);
  await register(page, "Ира");
  await page.goto(`/courses/${course.slug}`);
  await page.getByRole("button", { name: "Начать курс" }).click();
  await expect(page.getByText("Вы записаны на курс")).toBeVisible();
  await snap(page, "course-phone-ru");
  await page.goto(`/courses/${course.slug}/days/1`);
  await expect(page.getByRole("timer")).toHaveText("0:06");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await snap(page, "day-phone-ru");
  // A locked day is refused with a clear page, not an error.
  await page.goto(`/courses/${course.slug}/days/2`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Нет доступа");
  await expect(page.getByText("Этот день откроется, когда будут пройдены предыдущие.")).toBeVisible();
  await context.close();
});
