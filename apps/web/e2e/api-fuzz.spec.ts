import { hashPassword } from "@gafus/auth";
import { getDb } from "@gafus/prisma";
import { createUser } from "@gafus/prisma/factories";
import { apiSignIn, uniqueEmail } from "@gafus/testing/e2e";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";

/**
 * Careless-client fuzz of every operation the apps declare: the web app's /api/v1/openapi.json and the trainer
 * panel's /trainer/api/openapi.json, called anonymously, as a student and as a trainer (fresh accounts of their own,
 * so nothing another spec uses changes) with wrong types, nulls, 1 MB strings, nested objects, prototype keys, NUL,
 * malformed JSON, deep nesting, oversized bodies and bad ids. Whatever the input, the answer is never a 5xx and
 * every refusal is in the platform's error format.
 */

type TSchema = { type?: string | string[]; properties?: Record<string, TSchema>; $ref?: string; format?: string };
type TOperationDoc = {
  responses?: Record<string, { content?: Record<string, unknown> }>;
  parameters?: { name: string; in: "path" | "query"; schema?: TSchema }[];
  requestBody?: { content: Record<string, { schema?: TSchema }> };
};
type TDocument = {
  paths: Record<string, Record<string, TOperationDoc>>;
  components?: { schemas?: Record<string, TSchema> };
};
type TCase = { label: string; path: string; body?: Buffer; contentType?: string };
type TPersona = "anonymous" | "student" | "trainer";

const MB = 1024 * 1024;
const LONG = "x".repeat(MB);
const NUL = "nul\u0000byte";
// Operations whose valid call would end the caller's own session; fuzzed last for each persona.
const ENDS_SESSION = /\/me\/sessions$/;
// A signed-in caller's inbox stream stays open by design (its own tests cover it); anonymous callers still fuzz it.
const STREAMS = "text/event-stream";

function resolve(doc: TDocument, schema: TSchema | undefined): TSchema | undefined {
  if (!schema?.$ref) return schema;
  return doc.components?.schemas?.[schema.$ref.replace("#/components/schemas/", "")];
}

/** A value that fits a path parameter's shape but names nothing, so the call reaches the handler. */
function plausible(schema: TSchema | undefined): string {
  if (schema?.format === "uuid") return "00000000-0000-4000-8000-000000000000";
  if (schema?.type === "integer" || schema?.type === "number") return "1";
  return "no-such-thing";
}

function fillPath(path: string, op: TOperationDoc, override?: string): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (override !== undefined) return encodeURIComponent(override);
    return plausible(op.parameters?.find((p) => p.in === "path" && p.name === name)?.schema);
  });
}

function deepJson(depth: number): string {
  return "[".repeat(depth) + "]".repeat(depth);
}

function wrongValues(schema: TSchema | undefined): unknown[] {
  const type = Array.isArray(schema?.type) ? schema?.type[0] : schema?.type;
  const values: unknown[] = [null, { nested: { deeper: [1, 2, { x: "y" }] } }, [1, "two"]];
  values.push(type === "string" ? 12345 : "a string");
  if (type === "string" || !type) values.push(LONG, NUL);
  return values;
}

/** The inputs tried on one operation. */
function casesFor(doc: TDocument, path: string, op: TOperationDoc): TCase[] {
  const base = fillPath(path, op);
  const cases: TCase[] = [];
  if (path.includes("{")) {
    for (const bad of ["not-an-id", "-1", "99999999999999999999", "%00", "../../etc/passwd", "a".repeat(3000)]) {
      cases.push({ label: `path=${bad.slice(0, 20)}`, path: fillPath(path, op, bad) });
    }
  }
  for (const param of op.parameters?.filter((p) => p.in === "query") ?? []) {
    for (const bad of ["", "%00", "not-a-number", "[object Object]", "z".repeat(3000)]) {
      const value = bad === "%00" ? "%00" : encodeURIComponent(bad);
      cases.push({
        label: `query ${param.name}=${bad.slice(0, 12)}`,
        path: `${base}?${param.name}=${value}&${param.name}=x`,
      });
    }
  }
  const json = op.requestBody?.content["application/json"];
  if (json) {
    const schema = resolve(doc, json.schema);
    const raw = (label: string, text: string, contentType = "application/json") =>
      cases.push({ label, path: base, body: Buffer.from(text), contentType });
    raw("malformed JSON", '{"a":');
    raw("null body", "null");
    raw("array body", "[]");
    raw("string body", '"text"');
    raw("prototype keys", '{"constructor":{},"__proto__":{"polluted":true},"toString":"x"}');
    raw("deep nesting", deepJson(8000));
    raw("wrong content type", "{}", "text/plain");
    raw("2 MB body", JSON.stringify({ blob: "y".repeat(2 * MB) }));
    for (const [name, property] of Object.entries(schema?.properties ?? {}).slice(0, 8)) {
      for (const value of wrongValues(resolve(doc, property))) {
        const label = `${name}=${typeof value === "string" ? value.slice(0, 8) : JSON.stringify(value)?.slice(0, 20)}`;
        raw(label, JSON.stringify({ [name]: value }));
      }
    }
  }
  for (const [type] of Object.entries(op.requestBody?.content ?? {}).filter(([type]) => type !== "application/json")) {
    cases.push({ label: `${type} empty`, path: base, body: Buffer.alloc(0), contentType: type });
    cases.push({ label: `${type} junk`, path: base, body: Buffer.from("not really a file"), contentType: type });
    cases.push({ label: `${type} 20 MB`, path: base, body: Buffer.alloc(20 * MB, 7), contentType: type });
  }
  if (cases.length === 0)
    cases.push({ label: "junk body", path: base, body: Buffer.from("{{{"), contentType: "application/json" });
  return cases;
}

async function contextFor(persona: TPersona, baseURL: string): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL });
  if (persona === "anonymous") return context;
  const email = uniqueEmail(`fuzz-${persona}`);
  const password = "Fuzz-the-api-2026";
  await createUser(getDb(), {
    email,
    name: `Fuzz ${persona}`,
    role: persona === "trainer" ? "TRAINER" : "USER",
    passwordHash: await hashPassword(password),
  });
  expect((await apiSignIn(context, email, password)).ok()).toBe(true);
  expect((await context.get("/api/v1/me")).status()).toBe(200);
  return context;
}

async function operations(context: APIRequestContext) {
  const found: { method: string; path: string; doc: TDocument; op: TOperationDoc }[] = [];
  for (const url of ["/api/v1/openapi.json", "/trainer/api/openapi.json"]) {
    const response = await context.get(url);
    expect(response.status(), url).toBe(200);
    const doc = (await response.json()) as TDocument;
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) found.push({ method: method.toUpperCase(), path, doc, op });
    }
  }
  return found.sort((a, b) => Number(ENDS_SESSION.test(a.path)) - Number(ENDS_SESSION.test(b.path)));
}

for (const persona of ["anonymous", "student", "trainer"] as const) {
  test(`every declared operation survives careless input (${persona})`, async ({ baseURL }) => {
    test.setTimeout(300_000);
    const context = await contextFor(persona, baseURL!);
    const ops = await operations(context);
    expect(ops.length).toBeGreaterThan(60);
    const failures: string[] = [];
    let calls = 0;
    for (const { method, path, doc, op } of ops) {
      const streams = Object.values(op.responses ?? {}).some((r) => r.content && STREAMS in r.content);
      if (streams && persona !== "anonymous") continue;
      for (const c of casesFor(doc, path, op)) {
        const response = await context
          .fetch(c.path, {
            method,
            headers: c.contentType ? { "content-type": c.contentType } : {},
            ...(c.body ? { data: c.body } : {}),
            maxRedirects: 0,
            timeout: 20_000,
          })
          .catch((error: Error) => error);
        calls += 1;
        if (response instanceof Error) {
          failures.push(`${method} ${path} [${c.label}]: no answer (${response.message.split("\n")[0]})`);
          continue;
        }
        const status = response.status();
        const where = `${method} ${path} [${c.label}] → ${status}`;
        if (status >= 500) {
          failures.push(`${where}: ${(await response.text()).slice(0, 200)}`);
          continue;
        }
        if (status < 400) continue;
        const body = await response.json().catch(() => undefined);
        const uniform =
          body && typeof body.error === "string" && typeof body.message === "string" && body.code === status;
        if (!uniform || typeof body.details !== "object") failures.push(`${where}: not the error format`);
      }
    }
    expect(calls).toBeGreaterThan(500);
    expect(failures).toEqual([]);
    await context.dispose();
  });
}
