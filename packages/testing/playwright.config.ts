import { fileURLToPath } from "node:url";
import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./src/browser";

// End-to-end journeys in Debian's Chromium through nginx. ci-cd/scripts/test.sh starts a stack of its own
// (database gafus_t_<run id>_e2e, its own Redis prefix and bucket) and passes its address in E2E_BASE_URL.
export default defineConfig({
  testDir: fileURLToPath(new URL("../../apps", import.meta.url)),
  testMatch: "*/e2e/**/*.spec.ts",
  outputDir: fileURLToPath(new URL("../../test-results/e2e", import.meta.url)),
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? "http://localhost:8080",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: chromiumLaunchOptions,
    // Gafus's first audience is Russian-speaking: the default locale of a new visitor's browser.
    locale: "ru-RU",
    timezoneId: "Europe/Moscow",
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"], locale: "ru-RU", launchOptions: chromiumLaunchOptions } },
  ],
});
