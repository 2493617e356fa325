import { describe, expect, it } from "vitest";
import { buildWebDocument } from "./document";
import { API_OPERATIONS, WEB_OPERATIONS } from "./index";

type TSchema = {
  type?: string;
  required?: string[];
  additionalProperties?: boolean;
  properties?: Record<string, TSchema & { minLength?: number }>;
};
type TOperationDoc = {
  summary?: string;
  requestBody?: { content: Record<string, { schema?: TSchema }> };
  responses: Record<string, { content?: Record<string, { schema?: TSchema }> }>;
};

const doc = buildWebDocument();
const operation = (path: string, method: string) =>
  (doc.paths as Record<string, Record<string, TOperationDoc>>)[path]?.[method];

describe("the generated OpenAPI document", () => {
  it("is OpenAPI 3.1 and documents every operation the routes are built from", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(API_OPERATIONS.length).toBeGreaterThanOrEqual(20);
    for (const op of WEB_OPERATIONS) {
      expect(operation(op.path, op.method.toLowerCase())?.summary, `${op.method} ${op.path}`).toBe(op.summary);
    }
  });

  it("documents request bodies as JSON Schema with the validation rules", () => {
    const register = operation("/api/v1/auth/register", "post")?.requestBody?.content["application/json"]?.schema;
    expect(register?.required).toEqual(expect.arrayContaining(["email", "password", "name"]));
    expect(register?.additionalProperties).toBe(false);
    expect(register?.properties?.password?.minLength).toBe(8);
  });

  it("documents the answers: the declared response schema, and dates as date-time strings", () => {
    const created = operation("/api/v1/auth/register", "post")?.responses["201"]?.content?.["application/json"];
    expect(created?.schema?.required).toEqual(["user"]);
    const entries = operation("/api/v1/courses/{slug}/diary", "get")?.responses["200"]?.content?.["application/json"]
      ?.schema?.properties?.entries as { items?: TSchema } | undefined;
    expect(entries?.items?.properties?.createdAt).toEqual({ type: "string", format: "date-time" });
  });
});
