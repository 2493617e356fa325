import { expect, test, type APIRequestContext } from "@playwright/test";
import { apiSignIn, DEMO, signIn, snap, uniqueEmail } from "@gafus/testing/e2e";

const json = (data: unknown) => ({
  data: Buffer.from(JSON.stringify(data)),
  headers: { "content-type": "application/json" },
});

async function newStudent(request: APIRequestContext, tag: string) {
  const email = uniqueEmail(tag);
  const password = "Heel-and-sit-2026";
  const response = await request.post("/api/v1/auth/register", json({ email, password, name: "Ирина" }));
  expect(response.status()).toBe(201);
  await apiSignIn(request, email, password);
  return { email, password };
}

// As a browser's PushSubscription.toJSON() gives it.
const subscription = (name: string) => ({
  endpoint: `https://push.example.test/send/${name}`,
  expirationTime: null,
  keys: {
    p256dh: "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM",
    auth: "tBHItJI5svbpez7KI4CCXg",
  },
});

test.describe("notification settings and reminders", () => {
  test("a student on a phone sets quiet hours and opt-outs, then adds and deletes a reminder", async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({
      baseURL,
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    // The context's request shares its cookies with its pages: signed in over HTTP, the browser is signed in too.
    await newStudent(context.request, "notify");
    const page = await context.newPage();
    await page.goto("/profile");

    const section = page.locator("#notifications");
    await expect(section.getByRole("heading", { name: "Уведомления", exact: true })).toBeVisible();
    // The service worker registers on load; without a permission the browser state reads "off" with a button.
    await expect(section.locator("[data-push-state]")).toHaveText("Выключены в этом браузере.");
    await expect(section.getByRole("button", { name: "Включить в этом браузере" })).toBeEnabled();
    const worker = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration("/");
      const sw = registration?.active ?? registration?.waiting ?? registration?.installing;
      return { script: sw?.scriptURL ?? null, scope: registration?.scope ?? null };
    });
    expect(worker.script).toMatch(/\/sw\.js$/);
    expect(worker.scope).toBe(`${new URL(baseURL!).origin}/`);

    // No push service is reachable from here, so PushManager.subscribe cannot succeed; instead DevTools delivers a
    // push message to our service worker, which must show it (twice with one tag: shown once) and keep its link.
    const origin = new URL(baseURL!).origin;
    await context.grantPermissions(["notifications"], { origin });
    const cdp = await context.newCDPSession(page);
    const registrationId = new Promise<string>((resolve) =>
      cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations }) => {
        const found = registrations.find((r) => r.scopeURL === `${origin}/` && !r.isDeleted);
        if (found) resolve(found.registrationId);
      }),
    );
    await cdp.send("ServiceWorker.enable");
    const message = { title: "Пора гулять", body: "Напоминание о тренировке", url: "/reminders", tag: "delivery-1" };
    for (let i = 0; i < 2; i++) {
      await cdp.send("ServiceWorker.deliverPushMessage", {
        origin,
        registrationId: await registrationId,
        data: JSON.stringify(message),
      });
    }
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.ready;
          const shown = await registration.getNotifications();
          return shown.map((n) => ({ title: n.title, body: n.body, tag: n.tag, url: n.data?.url }));
        }),
      )
      .toEqual([{ title: message.title, body: message.body, tag: "delivery-1", url: "/reminders" }]);

    await section.getByLabel("Telegram").uncheck();
    await section.getByLabel("Новые награды").uncheck();
    await section.getByLabel("Без тихих часов").uncheck();
    await section.getByLabel("С", { exact: true }).fill("23:00");
    await section.getByLabel("До", { exact: true }).fill("07:30");
    await section.getByRole("button", { name: "Сохранить настройки уведомлений" }).click();
    await expect(section.getByRole("status").filter({ hasText: "сохранены" })).toHaveText(
      "Настройки уведомлений сохранены.",
    );
    await snap(page, "notification-settings-phone-ru");

    await page.reload();
    await expect(section.getByLabel("Telegram")).not.toBeChecked();
    await expect(section.getByLabel("Push в браузере")).toBeChecked();
    await expect(section.getByLabel("Новые награды")).not.toBeChecked();
    await expect(section.getByLabel("Мои напоминания о тренировках")).toBeChecked();
    await expect(section.getByLabel("С", { exact: true })).toHaveValue("23:00");
    await expect(section.getByLabel("До", { exact: true })).toHaveValue("07:30");
    const saved = await (await context.request.get("/api/v1/me/notification-settings")).json();
    expect(saved.settings).toEqual({
      disabledChannels: ["TELEGRAM"],
      mutedKinds: ["badge_awarded"],
      quietStart: "23:00",
      quietEnd: "07:30",
    });

    await page.getByRole("link", { name: "Напоминания" }).first().click();
    await expect(page).toHaveURL(/\/reminders$/);
    // The phone's one-row navigation scrolls its current link into view.
    const current = page.getByRole("navigation", { name: "Основная навигация" }).locator('[aria-current="page"]');
    await expect(current).toHaveText("Напоминания");
    await expect(current).toBeInViewport({ ratio: 1 });
    await expect(page.getByText("Напоминаний пока нет.")).toBeVisible();
    await page.getByLabel("Название").fill("Вечерняя прогулка");
    // No day chosen: the server refuses, and the page says why in Russian.
    for (const day of ["Пн", "Вт", "Ср", "Чт", "Пт"]) await page.getByLabel(day).uncheck();
    await page.getByRole("button", { name: "Добавить напоминание" }).click();
    await expect(page.locator(".alert.error")).toHaveText("Выберите хотя бы 1.");
    for (const day of ["Вт", "Ср", "Чт", "Пт", "Сб"]) await page.getByLabel(day).check();
    await page.getByLabel("Время").fill("19:30");
    await page.getByRole("button", { name: "Добавить напоминание" }).click();
    const item = page.locator("[data-reminder='Вечерняя прогулка']");
    await expect(item).toContainText("Вт, Ср, Чт, Пт, Сб · 19:30 · Europe/Moscow");
    await expect(item).toContainText("Следующее:");
    await snap(page, "reminders-phone-ru");

    // Changing it: another time, then switched off (no next run), then on again.
    await item.getByText("Изменить").click();
    const editForm = item.getByRole("form", { name: "Сохранить изменения: Вечерняя прогулка" });
    await editForm.getByLabel("Время").fill("07:15");
    await editForm.getByLabel("Напоминание включено").uncheck();
    await editForm.getByRole("button", { name: "Сохранить изменения" }).click();
    await expect(item).toContainText("Вт, Ср, Чт, Пт, Сб · 07:15 · Europe/Moscow");
    await expect(item).toContainText("Выключено: напоминания не приходят.");
    const { reminders } = await (await context.request.get("/api/v1/me/reminders")).json();
    expect(reminders).toMatchObject([{ time: "07:15", enabled: false, nextRunAt: null }]);
    await item.getByText("Изменить").click();
    await item.getByLabel("Напоминание включено").check();
    await item.getByRole("button", { name: "Сохранить изменения" }).click();
    await expect(item).toContainText("Следующее:");

    page.once("dialog", (dialog) => void dialog.accept());
    await item.getByRole("button", { name: "Удалить" }).click();
    await expect(page.getByText("Напоминаний пока нет.")).toBeVisible();
    await expect(item).toHaveCount(0);
    await context.close();
  });

  test("the JSON routes refuse anonymous callers, another student's objects and bad input", async ({
    playwright,
    baseURL,
  }) => {
    const anonymous = await playwright.request.newContext({ baseURL });
    for (const path of ["/api/v1/me/reminders", "/api/v1/me/push-subscriptions", "/api/v1/me/notification-settings"]) {
      const response = await anonymous.get(path);
      expect(response.status()).toBe(401);
      expect(await response.json()).toMatchObject({ error: "unauthorized", code: 401 });
    }
    expect((await anonymous.post("/api/v1/me/push-subscriptions", json(subscription("anon")))).status()).toBe(401);

    const alice = await playwright.request.newContext({ baseURL });
    const bob = await playwright.request.newContext({ baseURL });
    await newStudent(alice, "alice");
    await newStudent(bob, "bob");

    const created = await alice.post(
      "/api/v1/me/reminders",
      json({ title: "Утро", daysOfWeek: [1, 2], time: "08:00", timezone: "Asia/Tokyo" }),
    );
    expect(created.status()).toBe(201);
    const { reminder } = await created.json();
    expect(reminder).toMatchObject({ title: "Утро", timezone: "Asia/Tokyo", daysOfWeek: [1, 2] });
    const update = json({ title: "Чужое", daysOfWeek: [3], time: "09:00" });
    expect((await bob.put(`/api/v1/me/reminders/${reminder.id}`, update)).status()).toBe(404);
    expect((await bob.delete(`/api/v1/me/reminders/${reminder.id}`)).status()).toBe(404);
    expect((await bob.get("/api/v1/me/reminders").then((r) => r.json())).reminders).toEqual([]);
    const bad = await alice.post("/api/v1/me/reminders", json({ title: "", daysOfWeek: [9], time: "7pm" }));
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toMatchObject({ error: "validation_failed", code: 400 });
    expect((await alice.get("/api/v1/me/reminders").then((r) => r.json())).reminders).toHaveLength(1);

    const name = `e2e-${Date.now().toString(36)}`;
    expect((await alice.post("/api/v1/me/push-subscriptions", json(subscription(name)))).status()).toBe(201);
    const listed = await (await alice.get("/api/v1/me/push-subscriptions")).json();
    expect(listed.subscriptions).toHaveLength(1);
    expect(typeof listed.publicKey).toBe("string");
    const endpoint = { endpoint: subscription(name).endpoint };
    expect((await bob.delete("/api/v1/me/push-subscriptions", json(endpoint))).status()).toBe(404);
    expect((await alice.get("/api/v1/me/push-subscriptions").then((r) => r.json())).subscriptions).toHaveLength(1);
    const insecure = { ...subscription("x"), endpoint: "http://push.example.test/x" };
    expect((await alice.post("/api/v1/me/push-subscriptions", json(insecure))).status()).toBe(400);
    expect((await alice.delete("/api/v1/me/push-subscriptions", json(endpoint))).status()).toBe(204);

    const quiet = json({ disabledChannels: [], mutedKinds: [], quietStart: "22:00", quietEnd: null });
    const badQuiet = await alice.put("/api/v1/me/notification-settings", quiet);
    expect(badQuiet.status()).toBe(400);
    expect(await badQuiet.json()).toMatchObject({ error: "validation_failed" });
    await Promise.all([anonymous.dispose(), alice.dispose(), bob.dispose()]);
  });

  test("re-engagement metrics open for an admin only", async ({ page }) => {
    await signIn(page, DEMO.trainer, undefined, "/trainer/admin/reengagement");
    await page.goto("/trainer/admin/reengagement");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Нет доступа");
    await page.context().clearCookies();
    await signIn(page, DEMO.admin, undefined, "/trainer/admin/reengagement");
    await page.goto("/trainer/admin/reengagement");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Возвращение учеников");
    await expect(page.locator("[data-level-sent='1']")).toHaveText(/^\d+$/);
    await expect(page.locator("[data-metric='rate']")).toBeVisible();
    await snap(page, "reengagement-admin-desktop-ru");
  });
});
