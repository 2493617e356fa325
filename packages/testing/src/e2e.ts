import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { getDb } from "@gafus/prisma";
import { createCourseWithDays } from "@gafus/prisma/factories";
import type { APIRequestContext, Page } from "@playwright/test";

export const DEMO_PASSWORD = "gafus-demo-2026";
export const DEMO = {
  admin: "admin@gafus.local",
  moderator: "moderator@gafus.local",
  trainer: "trainer@gafus.local",
  coach: "coach@gafus.local",
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

/** Renders ffmpeg's test pattern into `path` (lavfi source, no input file needed). */
export function ffmpegTestPattern(source: string, extra: string[], path: string): string {
  execFileSync("ffmpeg", ["-loglevel", "error", "-y", "-f", "lavfi", "-i", source, ...extra, path]);
  return path;
}

/** A small real MP4 made by ffmpeg (2 s test pattern), for upload tests. */
export function makeTestVideo(dir: string): string {
  return ffmpegTestPattern(
    "testsrc=duration=2:size=320x240:rate=15",
    ["-pix_fmt", "yuv420p"],
    `${dir}/exam-${Date.now()}.mp4`,
  );
}

/** A small real PNG made by ffmpeg, for photo uploads. */
export function makeTestImage(dir: string): string {
  return ffmpegTestPattern("testsrc=size=320x320", ["-frames:v", "1"], `${dir}/photo-${Date.now()}.png`);
}

/**
 * A published course for one journey, authored by the demo trainer, with short timers so a browser test can run
 * them to the end. Written straight to the end-to-end database with the same factory the seed uses.
 */
export async function createJourneyCourse(title: string) {
  const db = getDb();
  const trainer = await db.user.findUniqueOrThrow({ where: { email: DEMO.trainer }, select: { id: true } });
  const slug = `journey-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  return createCourseWithDays(db, trainer.id, {
    slug,
    title,
    shortDescription: "Курс для сквозного теста",
    description: "Проверяем путь ученика от записи до награды.",
    days: [
      {
        title: "Первый день с {pet}",
        type: "INTRODUCTION",
        steps: [
          { title: "Сидеть, {pet}!", type: "TRAINING", durationSec: 6, content: "{name}, держите лакомство у носа." },
          { title: "Как работает маркер", type: "THEORY", content: "Сначала маркер, потом награда." },
          { title: "Повторите дома", type: "PRACTICE", content: "Пять повторений." },
        ],
      },
      {
        title: "Экзамен",
        steps: [
          {
            title: "Экзамен по посадке",
            type: "EXAMINATION",
            requiresVideo: true,
            quiz: {
              questions: [
                {
                  id: "q1",
                  text: "Когда давать лакомство?",
                  multiple: false,
                  options: [
                    { id: "a", text: "Сразу после маркера" },
                    { id: "b", text: "Перед командой" },
                  ],
                  correct: ["a"],
                },
              ],
            },
          },
          { title: "Дневник дня", type: "DIARY" },
        ],
      },
      { title: "Итоги", type: "SUMMARY", steps: [{ title: "Что дальше", type: "THEORY" }] },
    ],
  });
}
