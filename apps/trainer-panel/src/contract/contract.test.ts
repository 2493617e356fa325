import { fileURLToPath } from "node:url";
import { checkRouteFiles } from "@gafus/http/check-route-files";
import { describe, expect, it } from "vitest";
import { PANEL_OPERATIONS } from "./index";

const appDir = fileURLToPath(new URL("../../app", import.meta.url));

describe("trainer panel API contract", () => {
  it("has one operation per route handler, and every handler is built from its operation", () => {
    const problems = checkRouteFiles({
      appDir,
      basePath: "/trainer",
      apiDir: "api",
      operations: PANEL_OPERATIONS,
      // Health and readiness are the same in every app (createHealthRoutes).
      exempt: ["api/health/route.ts", "api/ready/route.ts"],
    });
    expect(problems).toEqual([]);
  });

  it("puts every signed-in operation behind the panel's gate (the router's gate), none anonymous but the document", () => {
    const anonymous = PANEL_OPERATIONS.filter((op) => op.auth === "anonymous").map((op) => op.path);
    expect(anonymous).toEqual(["/trainer/api/openapi.json"]);
  });
});
