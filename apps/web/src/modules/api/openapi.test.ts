import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./openapi";

const apiRoot = fileURLToPath(new URL("../../../app/api/v1", import.meta.url));

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return routeFiles(path);
    return name === "route.ts" ? [path] : [];
  });
}

describe("OpenAPI document", () => {
  it("describes every /api/v1 route file", () => {
    const documented = Object.keys(buildOpenApiDocument().paths);
    const routes = routeFiles(apiRoot).map((file) =>
      `/api/v1/${relative(apiRoot, file).replace(/\/?route\.ts$/, "")}`.replace(/\[(\w+)\]/g, "{$1}"),
    );
    expect(routes.length).toBeGreaterThanOrEqual(20);
    expect(documented.sort()).toEqual(routes.sort());
  });

  it("documents request bodies as JSON Schema with the validation rules", () => {
    const register = buildOpenApiDocument().paths["/api/v1/auth/register"].post.requestBody?.content["application/json"]
      ?.schema as {
      required?: string[];
      additionalProperties?: boolean;
      properties: Record<string, { minLength?: number }>;
    };
    expect(register.required).toEqual(expect.arrayContaining(["email", "password", "name"]));
    expect(register.additionalProperties).toBe(false);
    expect(register.properties.password?.minLength).toBe(8);
  });
});
