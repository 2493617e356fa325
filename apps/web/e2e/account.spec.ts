import { expect, test } from "@playwright/test";
import { snap, uniqueEmail } from "@gafus/testing/e2e";

test.describe("a visitor's account", () => {
  test("registers, signs out, signs back in and edits the profile", async ({ page }) => {
    const email = uniqueEmail("anna");
    const password = "Sit-stay-heel-42";

    await page.goto("/register");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Регистрация в Гафус");
    await snap(page, "register-desktop-ru");

    // The browser's own validation is off: the server's field errors are what the visitor sees.
    await page.getByLabel("Ваше имя").fill("Анна");
    await page.getByLabel("Эл. почта").fill(email);
    await page.getByLabel("Пароль").fill("password1");
    await page.getByRole("button", { name: "Создать аккаунт" }).click();
    await expect(page.locator("#password-error")).toHaveText(
      "Этот пароль слишком распространён. Выберите более сложный.",
    );
    await expect(page.getByLabel("Пароль")).toHaveAttribute("aria-invalid", "true");

    await page.getByLabel("Пароль").fill(password);
    await page.getByRole("button", { name: "Создать аккаунт" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Здравствуйте, Анна!");

    await page.goto("/signout");
    await page.getByRole("button", { name: "Выйти" }).click();
    await expect(page.getByRole("status")).toHaveText("Вы вышли из аккаунта.");
    await page.goto("/profile");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fprofile/);

    await page.getByLabel("Эл. почта").fill(email);
    await page.getByLabel("Пароль").fill("wrong-password-1");
    await page.getByRole("button", { name: "Войти" }).click();
    await expect(page.locator("main [role=alert]")).toHaveText("Неверная почта или пароль.");
    await page.getByLabel("Пароль").fill(password);
    await page.getByRole("button", { name: "Войти" }).click();
    await expect(page).toHaveURL(/\/profile$/);

    await page.getByLabel("Ваше имя").fill("Анна Петрова");
    await page.getByLabel("Часовой пояс").selectOption("Asia/Novosibirsk");
    await page.getByRole("button", { name: "Сохранить", exact: true }).click();
    await expect(page.getByRole("status")).toHaveText("Профиль сохранён.");
    await snap(page, "profile-desktop-ru");

    // Switching the language in the profile changes every text after the reload, and it sticks.
    await page.getByLabel("Язык", { exact: true }).selectOption("en");
    await page.getByRole("button", { name: "Сохранить", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your profile");
    await page.reload();
    await expect(page.getByLabel("Your name")).toHaveValue("Анна Петрова");
    await expect(page.getByLabel("Time zone")).toHaveValue("Asia/Novosibirsk");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test("switches language without JavaScript-only controls and works on a phone", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto("/login");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Вход в Гафус");
    await page.getByRole("button", { name: "EN" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to Gafus");
    await expect(page.getByRole("button", { name: "EN" })).toHaveAttribute("aria-pressed", "true");
    // Nothing wider than the screen: no sideways scrolling on a phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await snap(page, "login-phone-en");
    await page.goto("/register");
    await snap(page, "register-phone-en");
    await context.close();
  });

  test("keyboard users reach the form first through the skip link", async ({ page }) => {
    await page.goto("/login");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Перейти к содержимому" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("Эл. почта")).toBeFocused();
  });
});
