import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO, signIn, snap } from "@gafus/testing/e2e";

async function userPage(browser: Browser, email: string, viewport?: { width: number; height: number }) {
  const context = await browser.newContext(viewport ? { viewport, isMobile: true } : {});
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

const form = (page: Page, name: string) => page.getByRole("form", { name });

async function addDay(page: Page, title: string) {
  const add = form(page, "Добавить новый день");
  await add.getByLabel("Название нового дня").fill(title);
  await add.getByRole("button", { name: "Добавить новый день" }).click();
  await expect(page.getByRole("link", { name: new RegExp(`\\d+\\. ${title}$`) })).toBeVisible();
}

async function addTheoryStep(page: Page, title: string, content: string) {
  await page.getByRole("link", { name: "+ Теория" }).click();
  await page.getByLabel("Название").fill(title);
  await page.getByLabel(/^Текст/).fill(content);
  await page.getByRole("button", { name: "Создать" }).click();
  await expect(page.getByRole("link", { name: new RegExp(`\\d+\\. ${title}$`) })).toBeVisible();
}

test.describe("course authoring", () => {
  test("a trainer builds, reorders, previews and publishes a course; a student opens it; a moderator unpublishes it", async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const title = `Курс автора ${Date.now().toString(36)}`;
    const trainer = await userPage(browser, DEMO.trainer);
    await trainer.goto("/trainer/");
    await trainer.getByRole("link", { name: "Мои курсы" }).click();
    await trainer.getByRole("link", { name: "Новый курс" }).click();
    // The slug follows the title only once React runs: wait for the form to hydrate (its button enables).
    await expect(trainer.getByRole("button", { name: "Создать" })).toBeEnabled();
    await trainer.getByLabel("Название").fill(title);
    await expect(trainer.getByLabel("Адрес (slug)")).toHaveValue(/^kurs-avtora-[a-z0-9]+$/);
    await trainer.getByLabel("Краткое описание").fill("Курс, собранный в панели тренера");
    await trainer.getByRole("button", { name: "Создать" }).click();
    await expect(trainer).toHaveURL(/\/trainer\/courses\/[0-9a-f-]{36}$/);
    const courseUrl = trainer.url();
    const courseId = courseUrl.split("/").pop()!;
    await expect(trainer.getByRole("heading", { level: 1 })).toHaveText(title);

    await addDay(trainer, "Знакомство");
    await addDay(trainer, "Закрепление");

    // Publishing with an empty day is refused with the days to fix named.
    await trainer.getByRole("button", { name: "Опубликовать" }).click();
    await expect(trainer.locator(".alert.error")).toContainText(
      "В каждом дне должен быть хотя бы один шаг. Пустые дни: 1 «Знакомство», 2 «Закрепление».",
    );

    // Day 1: one step from a built-in template, one written by hand, then reordered with the keyboard.
    await trainer.getByRole("link", { name: "1. Знакомство" }).click();
    const fromTemplate = form(trainer, "Добавить шаг из шаблона");
    await fromTemplate.getByLabel("Шаблон").selectOption({ label: "Сидеть: первое знакомство · Тренировка" });
    await fromTemplate.getByRole("button", { name: "Добавить" }).click();
    await expect(trainer.getByRole("link", { name: "1. Сидеть: первое знакомство" })).toBeVisible();
    await addTheoryStep(trainer, "Зачем нужен маркер", "Маркер говорит собаке, **за что** награда.");
    await trainer.getByRole("button", { name: "Опустить «Сидеть: первое знакомство»" }).focus();
    await trainer.keyboard.press("Enter");
    await expect(trainer.getByText("«Сидеть: первое знакомство» теперь на месте 2 из 2.")).toBeAttached();
    await expect(trainer.getByRole("link", { name: "1. Зачем нужен маркер" })).toBeVisible();
    // Focus stays on the moved row, so the keyboard user can keep moving it.
    await expect(trainer.getByRole("button", { name: "Поднять «Сидеть: первое знакомство»" })).toBeFocused();
    await trainer.reload();
    await expect(trainer.locator(".sortable-title").first()).toHaveText("1. Зачем нужен маркер");
    await snap(trainer, "authoring-day-editor-ru");
    await expect(trainer.getByRole("link", { name: "Предпросмотр" })).toHaveAttribute("href", /\/preview\?day=1$/);

    // Day 2: an exam written in the quiz editor.
    await trainer.getByRole("link", { name: "← Назад к курсу" }).click();
    await trainer.getByRole("link", { name: "2. Закрепление" }).click();
    await trainer.getByRole("link", { name: "+ Экзамен" }).click();
    await expect(trainer.getByRole("button", { name: "Создать" })).toBeEnabled();
    await trainer.getByLabel("Название").fill("Проверка маркера");
    await trainer.getByRole("button", { name: "Добавить вопрос" }).click();
    await trainer.getByLabel("Вопрос 1: текст").fill("Что идёт сначала?");
    await trainer.getByLabel("Вариант 1", { exact: true }).fill("Маркер");
    await trainer.getByLabel("Вариант 2", { exact: true }).fill("Лакомство");
    await trainer.getByLabel("Вариант 1 верный").check();
    await trainer.getByLabel("Просить письменный ответ").check();
    await snap(trainer, "authoring-exam-step-ru");
    await trainer.getByRole("button", { name: "Создать" }).click();
    await expect(trainer.getByRole("link", { name: "1. Проверка маркера" })).toBeVisible();

    // Preview shows the unpublished course as a student would see it.
    await trainer.goto(`${courseUrl}/preview`);
    await expect(trainer.getByText("Предпросмотр: так курс видят ученики.")).toBeVisible();
    await expect(trainer.getByRole("heading", { name: "1. Зачем нужен маркер" })).toBeVisible();
    await expect(trainer.locator("strong", { hasText: "за что" })).toBeVisible();
    await expect(trainer.getByText("Что идёт сначала?")).toBeVisible();
    await snap(trainer, "authoring-preview-ru");

    await trainer.goto(courseUrl);
    await trainer.getByRole("button", { name: "Опубликовать" }).click();
    await expect(trainer.getByRole("status").filter({ hasText: "Курс опубликован." })).toBeVisible();
    await expect(trainer.locator("header .badge").first()).toHaveText("Опубликован");
    await snap(trainer, "authoring-course-editor-ru");

    // A student finds it in the catalog and opens day 1 with the steps in the new order.
    const student = await userPage(browser, DEMO.student);
    await student.goto(`/courses?q=${encodeURIComponent(title)}`);
    await student.getByRole("link", { name: title }).click();
    await student.getByRole("button", { name: "Начать курс" }).click();
    await expect(student.getByText("Вы записаны на курс")).toBeVisible();
    await student.goto(`${new URL(student.url()).pathname}/days/1`);
    await expect(student.getByRole("heading", { level: 1 })).toHaveText("Знакомство");
    await expect(student.locator(".steps > li h2").first()).toHaveText("1. Зачем нужен маркер");

    // Refusals over HTTP: another trainer 404, a student 403; the course is unchanged.
    const coach = await userPage(browser, DEMO.coach);
    const patch = (page: Page) =>
      page.request.patch(`/trainer/api/courses/${courseId}`, { data: { title: "Hijacked" } });
    const foreign = await patch(coach);
    expect(foreign.status()).toBe(404);
    expect(await foreign.json()).toMatchObject({ error: "not_found", code: 404 });
    const studentEdit = await patch(student);
    expect(studentEdit.status()).toBe(403);
    expect(await studentEdit.json()).toMatchObject({ error: "forbidden", code: 403 });
    expect((await coach.request.post(`/trainer/api/courses/${courseId}/unpublish`)).status()).toBe(404);

    // A moderator may unpublish, and only that.
    const moderator = await userPage(browser, DEMO.moderator);
    expect((await patch(moderator)).status()).toBe(403);
    await moderator.goto("/trainer/courses");
    const card = moderator.locator(".course-row", { hasText: title });
    await expect(card.getByRole("link")).toHaveCount(0);
    await card.getByRole("button", { name: "Снять с публикации" }).click();
    await expect(card.getByRole("status")).toHaveText("Курс скрыт из каталога.");
    const catalog = await student.request.get(`/api/v1/courses?q=${encodeURIComponent(title)}`);
    expect(JSON.stringify(await catalog.json())).not.toContain(title);
    await expect(trainer.getByRole("heading", { level: 1 })).toHaveText(title);
    await trainer.reload();
    await expect(trainer.locator("header .badge").first()).toHaveText("Черновик");
  });

  test("bad input is refused with field errors and a private course's access list is managed by email", async ({
    browser,
  }) => {
    const trainer = await userPage(browser, DEMO.coach);
    const bad = await trainer.request.post("/trainer/api/courses", { data: { title: "", slug: "Bad Slug!" } });
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: "validation_failed",
      details: {
        fields: { title: expect.any(Array) },
        issues: expect.arrayContaining([expect.objectContaining({ field: "title", code: "required" })]),
      },
    });
    // The same refusal in the Russian panel says what to fix in Russian, next to the field.
    const ru = await userPage(browser, DEMO.trainer);
    await ru.goto("/trainer/courses/new");
    await expect(ru.getByRole("button", { name: "Создать" })).toBeEnabled();
    await ru.getByRole("button", { name: "Создать" }).click();
    await expect(ru.getByLabel("Название")).toHaveAttribute("aria-invalid", "true");
    await expect(ru.locator("#title-error")).toHaveText("Заполните это поле.");
    await expect(ru).toHaveURL(/\/trainer\/courses\/new$/);
    const created = await trainer.request.post("/trainer/api/courses", {
      data: { title: `Private ${Date.now().toString(36)}`, visibility: "PRIVATE", locale: "en" },
    });
    expect(created.status()).toBe(201);
    const { course } = (await created.json()) as { course: { id: string } };
    await trainer.goto(`/trainer/courses/${course.id}`);
    await trainer.getByLabel("Student's email").fill("nobody-here@example.test");
    await trainer.getByRole("button", { name: "Give access" }).click();
    await expect(trainer.locator(".alert.error")).toHaveText("No account uses this email.");
    await expect(trainer.getByLabel("Student's email")).toHaveAttribute("aria-invalid", "true");
    await trainer.getByLabel("Student's email").fill("student.en@gafus.local");
    await trainer.getByRole("button", { name: "Give access" }).click();
    await expect(trainer.getByText("student.en@gafus.local can now open the course.")).toBeVisible();
    await expect(trainer.getByRole("button", { name: "Remove student.en@gafus.local" })).toBeVisible();
    await snap(trainer, "authoring-private-course-en");
    await trainer.getByRole("button", { name: "Remove student.en@gafus.local" }).click();
    await expect(trainer.getByText("Nobody has access yet.")).toBeVisible();
    // Another trainer posts to this trainer's real day: the 404 must come from whose day it is, not a wrong id.
    const added = await trainer.request.post(`/trainer/api/courses/${course.id}/days`, { data: { title: "Own day" } });
    expect(added.status()).toBe(201);
    const { dayId } = ((await added.json()) as { day: { dayId: string } }).day;
    const stepInput = { title: "x", type: "THEORY", content: "x" };
    // `trainer` is the coach here; the demo trainer (`ru`) is the other one.
    const foreign = await ru.request.post(`/trainer/api/days/${dayId}/steps`, { data: stepInput });
    expect(foreign.status()).toBe(404);
    // The same request from the owner works, and its step is the day's first: the refused one added nothing.
    const own = await trainer.request.post(`/trainer/api/days/${dayId}/steps`, { data: stepInput });
    expect(own.status()).toBe(201);
    expect(((await own.json()) as { step: { order: number } }).step.order).toBe(1);
  });

  test("days are reordered by dragging the handle with the mouse and with the keyboard", async ({ browser }) => {
    const trainer = await userPage(browser, DEMO.coach);
    const created = await trainer.request.post("/trainer/api/courses", {
      data: { title: `Drag ${Date.now().toString(36)}`, locale: "en" },
    });
    const { course } = (await created.json()) as { course: { id: string } };
    for (const title of ["Alpha", "Bravo", "Charlie"]) {
      const day = await trainer.request.post(`/trainer/api/courses/${course.id}/days`, { data: { title } });
      expect(day.status()).toBe(201);
    }
    await trainer.goto(`/trainer/courses/${course.id}`);
    await expect(trainer.getByRole("button", { name: "Move “Alpha” down" })).toBeEnabled();
    const handle = trainer.getByRole("button", { name: "Drag “Charlie”" });
    // The list sits below the course form; bring it into the viewport so the mouse can reach both rows.
    await handle.scrollIntoViewIfNeeded();
    const target = await trainer.getByRole("link", { name: "1. Alpha" }).boundingBox();
    const box = await handle.boundingBox();
    await trainer.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
    await trainer.mouse.down();
    for (let i = 1; i <= 10; i++) {
      await trainer.mouse.move(box!.x + box!.width / 2, box!.y - ((box!.y - target!.y + 10) * i) / 10);
    }
    await trainer.mouse.up();
    await expect(trainer.getByText("“Charlie” is now number 1 of 3.")).toBeAttached();
    await trainer.reload();
    await expect(trainer.locator(".sortable-title")).toHaveText(["1. Charlie", "2. Alpha", "3. Bravo"]);

    // The same handle from the keyboard (dnd-kit): Space picks the row up, an arrow moves it, Space drops it.
    const keyboardHandle = trainer.getByRole("button", { name: "Drag “Bravo”" });
    await keyboardHandle.focus();
    // Each key waits for what a screen reader would hear, named by the day's title and place (not an id).
    const announced = trainer.getByRole("status").filter({ hasText: /“Bravo”/ });
    await trainer.keyboard.press("Space");
    await expect(announced).toHaveText("Picked up “Bravo”, number 3 of 3.");
    await trainer.keyboard.press("ArrowUp");
    await expect(announced).toHaveText("“Bravo” over number 2 of 3.");
    await trainer.keyboard.press("Space");
    await expect(trainer.getByText("“Bravo” is now number 2 of 3.")).toBeAttached();
    await trainer.reload();
    await expect(trainer.locator(".sortable-title")).toHaveText(["1. Charlie", "2. Bravo", "3. Alpha"]);

    // The same day reused in a second course: one row, shown as shared in both editors.
    const second = await trainer.request.post("/trainer/api/courses", { data: { title: `Reuse ${Date.now()}` } });
    const secondId = ((await second.json()) as { course: { id: string } }).course.id;
    await trainer.goto(`/trainer/courses/${secondId}`);
    const reuse = form(trainer, "Add a day from your library");
    const charlie = await reuse
      .getByRole("option", { name: /^Charlie · / })
      .first()
      .getAttribute("value");
    await reuse.getByLabel("Day").selectOption(charlie!);
    await reuse.getByRole("button", { name: "Add" }).click();
    await expect(trainer.getByRole("link", { name: "1. Charlie" })).toBeVisible();
    await expect(trainer.locator(".sortable-item").first()).toContainText("In courses: 2");
    await trainer.getByRole("link", { name: "1. Charlie" }).click();
    await expect(trainer.getByRole("note")).toContainText("This day is used in 2 courses");
  });

  test("the course editor works at phone width", async ({ browser }) => {
    const trainer = await userPage(browser, DEMO.trainer, { width: 390, height: 844 });
    await trainer.goto("/trainer/courses");
    await snap(trainer, "authoring-courses-phone-ru");
    await trainer.locator(".course-row a").first().click();
    await expect(trainer.getByRole("heading", { level: 2, name: "Дни" })).toBeVisible();
    const width = await trainer.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await snap(trainer, "authoring-course-phone-ru");
    await trainer.goto("/trainer/templates");
    await expect(trainer.getByRole("heading", { level: 1 })).toHaveText("Шаблоны шагов");
    await trainer.getByLabel("Категория").selectOption({ label: "Экзамены" });
    await trainer.getByRole("button", { name: "Показать" }).click();
    await expect(trainer.locator(".card h2")).toHaveText(["Exam: the Sit cue", "Экзамен: команда «Сидеть»"]);
    await snap(trainer, "authoring-templates-phone-ru");
  });
});
