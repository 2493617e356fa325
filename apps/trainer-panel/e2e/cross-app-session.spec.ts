import { expect, test } from "@playwright/test";
import { DEMO, signIn, snap } from "@gafus/testing/e2e";

test.describe("one session across the apps", () => {
  test("an admin signed in on / is signed in on /trainer/, /errors/ and /queues/", async ({ page }) => {
    await signIn(page, DEMO.admin);
    await page.goto("/trainer/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Добро пожаловать в панель тренера");
    await expect(page.locator(".user-menu summary")).toContainText("Алексей Админов");
    await snap(page, "trainer-home-desktop-ru");
    await page.goto("/errors/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Панель ошибок");
    const queues = await page.goto("/queues/");
    expect(queues?.status()).toBe(200);
    await expect(page).toHaveTitle(/Bull/i);
    await snap(page, "queues-admin");
  });

  test("a trainer opens the trainer panel but gets a clear no-access page for errors and a 403 for queues", async ({
    page,
  }) => {
    await signIn(page, DEMO.trainer);
    await page.goto("/trainer/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Добро пожаловать в панель тренера");
    await page.goto("/errors/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Нет доступа");
    const queues = await page.request.get("/queues/api/queues");
    expect(queues.status()).toBe(403);
    expect(await queues.json()).toMatchObject({ error: "forbidden", code: 403 });
  });

  test("a student who opens /trainer/ sees a no-access page with a way back, on a phone too", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await context.newPage();
    await signIn(page, DEMO.student);
    const response = await page.goto("/trainer/");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Нет доступа");
    await expect(page.getByText("Ваш аккаунт (Ученик) не может открыть этот раздел.", { exact: false })).toBeVisible();
    await expect(page.getByRole("link", { name: "Вернуться в приложение ученика" })).toHaveAttribute("href", "/");
    await snap(page, "trainer-no-access-phone-ru");
    await context.close();
  });

  test("a signed-out visitor is sent to sign in and comes back to the trainer panel", async ({ page }) => {
    await page.goto("/trainer/");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Ftrainer$/);
    await page.getByLabel("Эл. почта").fill(DEMO.trainer);
    await page.getByLabel("Пароль").fill("gafus-demo-2026");
    await page.getByRole("button", { name: "Войти" }).click();
    await expect(page).toHaveURL(/\/trainer$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Добро пожаловать в панель тренера");
  });

  test("queues refuse anonymous visitors with 401", async ({ request }) => {
    const response = await request.get("/queues/api/queues");
    expect(response.status()).toBe(401);
    expect(await response.json()).toMatchObject({ error: "unauthorized", code: 401 });
  });

  test("signing out on / signs out of the trainer panel too", async ({ page }) => {
    await signIn(page, DEMO.moderator);
    await page.goto("/trainer/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Добро пожаловать в панель тренера");
    await page.locator(".user-menu summary").click();
    await page.getByRole("link", { name: "Выйти" }).click();
    await page.getByRole("button", { name: "Выйти" }).click();
    await expect(page).toHaveURL(/\/login\?signedOut=1/);
    await page.goto("/trainer/");
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  });
});
