import { buildOpenApiDocument } from "@gafus/http/openapi";
import { describe, expect, it } from "vitest";
import { PANEL_OPERATIONS } from "./index";

const document = buildOpenApiDocument({
  title: "panel",
  description: "test",
  operations: PANEL_OPERATIONS,
  gated: true,
});
type TSchema = { type?: string; format?: string; required?: string[]; additionalProperties?: unknown } & {
  properties?: Record<string, TSchema & { maxLength?: number }>;
  items?: TSchema;
};
const methods = (path: string) => document.paths?.[path] as Record<string, Record<string, unknown>> | undefined;
const jsonSchema = (content: unknown) =>
  (content as { "application/json": { schema: TSchema } } | undefined)?.["application/json"].schema;

describe("trainer panel OpenAPI document (generated from the operations)", () => {
  it("describes every operation, each signed-in one behind the session cookie", () => {
    for (const op of PANEL_OPERATIONS) {
      const described = methods(op.path)?.[op.method.toLowerCase()];
      expect(described, `${op.method} ${op.path}`).toMatchObject({ summary: op.summary });
      if (op.auth !== "anonymous") {
        expect(described?.security).toEqual([{ session: [] }]);
        // The panel's gate refuses every non-panel role, so each signed-in operation documents its 403.
        expect(Object.keys(described?.responses as object)).toContain("403");
      }
    }
  });

  it("documents a request body from core's schema: required fields, no unknown ones, the same limits", () => {
    const body = methods("/trainer/api/notes")?.post?.requestBody as { content: unknown };
    const schema = jsonSchema(body.content)!;
    expect(schema.required).toEqual(expect.arrayContaining(["studentId", "content"]));
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties?.content?.maxLength).toBe(4000);
  });

  it("documents timestamps as date-time strings, as JSON carries them", () => {
    const responses = methods("/trainer/api/reports/{id}")?.get?.responses as Record<string, { content: unknown }>;
    const report = jsonSchema(responses["200"]!.content)!;
    expect(report.properties?.createdAt).toEqual({ type: "string", format: "date-time" });
    expect(report.required).toEqual(expect.arrayContaining(["id", "status", "progress", "createdAt"]));
  });

  it("documents downloads by their content type and path parameters with their format", () => {
    const csv = methods("/trainer/api/stats/courses/{id}/progress.csv")?.get;
    expect(Object.keys((csv?.responses as Record<string, { content: object }>)["200"]!.content)).toEqual(["text/csv"]);
    expect(csv?.parameters).toEqual([expect.objectContaining({ in: "path", name: "id", required: true })]);
  });
});
