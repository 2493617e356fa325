import { fileURLToPath } from "node:url";
import { checkRouteFiles } from "@gafus/http/check-route-files";
import { describe, expect, it } from "vitest";
import { API_OPERATIONS, MEDIA_OPERATIONS } from "./index";

const appDir = fileURLToPath(new URL("../../app", import.meta.url));

describe("web API contract", () => {
  it("has one operation per route handler, and every handler is built from its operation", () => {
    const problems = checkRouteFiles({
      appDir,
      basePath: "",
      apiDir: "api",
      operations: API_OPERATIONS,
      // next-auth owns its route; health and readiness are the same in every app; the catch-all only says 404.
      exempt: [
        "api/auth/[...nextauth]/route.ts",
        "api/health/route.ts",
        "api/ready/route.ts",
        "api/[...path]/route.ts",
      ],
    });
    expect(problems).toEqual([]);
  });

  it("builds every /media/ handler (protected HLS) from its operation too", () => {
    const problems = checkRouteFiles({
      appDir,
      basePath: "",
      apiDir: "media",
      operations: MEDIA_OPERATIONS,
      // The catch-all only answers 404 in the error format for paths no operation serves.
      exempt: ["media/[...path]/route.ts"],
    });
    expect(problems).toEqual([]);
  });
});
