import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { APIRequestContext, Page } from "@playwright/test";

export const DEMO_PASSWORD = "gafus-demo-2026";
export const DEMO = {
  admin: "admin@gafus.local",
  moderator: "moderator@gafus.local",
  trainer: "trainer@gafus.local",
  student: "student@gafus.local",
} as const;

const SCREENSHOTS = fileURLToPath(new URL("../../../test-results/screenshots", import.meta.url));

/** Full-page screenshot kept after the run (test-results/screenshots) for a person to look at. */
export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

/** Signs in through the real form and waits for the landing page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, callbackUrl?: string) {
  await page.goto(callbackUrl ? `/login?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/login");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.locator("main form button[type=submit]").click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/** Signs in over HTTP like the web form does (csrf token, then the credentials callback). */
export async function apiSignIn(request: APIRequestContext, email: string, password: string) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true", callbackUrl: "/" },
  });
}

export function uniqueEmail(tag: string): string {
  return `${tag}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@example.test`;
}
