import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// One Vitest run for the whole repository: unit tests (*.test.ts) and integration tests against the real services
// (*.integration.test.ts), which ci-cd/scripts/test.sh starts and points at through TEST_* variables.
export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    include: ["apps/*/src/**/*.test.ts", "packages/*/src/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/.next/**"],
    pool: "forks",
    testTimeout: 20_000,
    hookTimeout: 30_000,
    reporters: ["default"],
  },
});
