import { Writable } from "node:stream";
import { createLogger } from "@gafus/logger";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createRouter } from "./create-router";
import { defineOperation } from "./define-operation";

const lines: Record<string, unknown>[] = [];
const logger = createLogger(
  "test",
  new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  }),
);
const route = createRouter({ logger, gate: "app:trainer-panel" });

const echoOp = defineOperation({
  method: "POST",
  path: "/api/things/{id}",
  summary: "echo",
  auth: "anonymous",
  params: z.object({ id: z.uuid() }),
  query: z.object({ size: z.coerce.number().int().max(10).optional() }),
  body: z.strictObject({ title: z.string().max(20), tags: z.array(z.string()).optional() }),
  status: 201,
});
const echo = route(echoOp, async ({ params, query, body }) => ({ params, query, body }));
const ID = "0b7f3c52-6d0e-4a4e-9d55-5a5a1c1f2e01";

const call = (body: string, { id = ID, search = "", headers = {} } = {}) =>
  echo(
    new Request(`http://test/api/things/${id}${search}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
    }),
    { params: Promise.resolve({ id }) },
  );

describe("route()", () => {
  it("parses params, query and body with the operation's schemas and answers with its status", async () => {
    const response = await call(JSON.stringify({ title: "Sit" }), { search: "?size=3" });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ params: { id: ID }, query: { size: 3 }, body: { title: "Sit" } });
  });

  it("answers 404 for a malformed path parameter and 400 with issues for a bad query", async () => {
    expect((await call("{}", { id: "not-a-uuid" })).status).toBe(404);
    const bad = await call(JSON.stringify({ title: "x" }), { search: "?size=99" });
    expect(bad.status).toBe(400);
    expect((await bad.json()).details.issues).toEqual([expect.objectContaining({ field: "size", code: "too_big" })]);
  });

  it.each(["constructor", "__proto__", "toString", "hasOwnProperty"])(
    "refuses a body key named %s as an unknown field (400, not 500)",
    async (key) => {
      const response = await call(`{"title":"a","${key}":{}}`);
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body).toMatchObject({ error: "validation_failed", code: 400 });
      expect(body.details.issues).toEqual([expect.objectContaining({ field: key, code: "unknown_field" })]);
    },
  );

  it("refuses control characters in any string of the body or query with a field error", async () => {
    const nul = await call(JSON.stringify({ title: "a\u0000b", tags: ["ok", "bell\u0007"] }));
    expect(nul.status).toBe(400);
    expect((await nul.json()).details.issues).toEqual([
      expect.objectContaining({ field: "title", code: "format", format: "text" }),
      expect.objectContaining({ field: "tags.1", code: "format", format: "text" }),
    ]);
    const query = await call(JSON.stringify({ title: "a" }), { search: "?size=%00" });
    expect((await query.json()).details.issues).toEqual([expect.objectContaining({ field: "size", format: "text" })]);
    const fine = await call(JSON.stringify({ title: "line\nnext\ttab" }));
    expect(fine.status).toBe(201);
  });

  it("answers malformed JSON, a wrong content type and an oversized body in the error format", async () => {
    expect(await (await call("{")).json()).toMatchObject({ error: "invalid_json", code: 400 });
    const text = await call("{}", { headers: { "content-type": "text/plain" } });
    expect(text.status).toBe(415);
    const big = await call(JSON.stringify({ title: "x".repeat(20_000) }));
    expect(await big.json()).toMatchObject({ error: "payload_too_large", code: 413 });
  });

  it("gives each request an id (nginx's when sane), in the response and in its log line", async () => {
    lines.length = 0;
    const response = await call(JSON.stringify({ title: "a" }), { headers: { "x-request-id": "abcdef0123456789" } });
    expect(response.headers.get("x-request-id")).toBe("abcdef0123456789");
    expect(lines.at(-1)).toMatchObject({ requestId: "abcdef0123456789", route: "/api/things/{id}", status: 201 });
    const forged = await call(JSON.stringify({ title: "a" }), { headers: { "x-request-id": "bad id; injected" } });
    expect(forged.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("refuses signed-out callers of user, admin and permission routes with 401 before running the handler", async () => {
    let ran = 0;
    for (const auth of ["user", "admin", { can: "course:create" }] as const) {
      const op = defineOperation({ method: "GET", path: "/x", summary: "x", auth });
      const response = await route(op, async () => {
        ran += 1;
        return {};
      })(new Request("http://test/x"));
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: "unauthorized", code: 401 });
    }
    expect(ran).toBe(0);
  });

  it("lets only callers with the internal token into internal routes", async () => {
    const op = defineOperation({ method: "GET", path: "/internal", summary: "x", auth: "internal" });
    const handler = route(op, async () => ({ ok: true }));
    expect((await handler(new Request("http://test/internal"))).status).toBe(401);
    const wrong = new Request("http://test/internal", { headers: { authorization: "Bearer nope" } });
    expect((await handler(wrong)).status).toBe(401);
    const { internalToken } = await import("./authenticate");
    const right = new Request("http://test/internal", { headers: { authorization: `Bearer ${internalToken()}` } });
    expect((await handler(right)).status).toBe(200);
  });

  it("answers 204 without a body", async () => {
    const op = defineOperation({ method: "DELETE", path: "/y", summary: "y", auth: "anonymous", status: 204 });
    const response = await route(op, async () => undefined)(new Request("http://test/y", { method: "DELETE" }));
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
  });
});

describe("control characters deep inside a body", () => {
  it("are found without recursion however deep the body nests", async () => {
    const { findControlCharacters } = await import("./control-characters");
    let deep: unknown = "x\u0000";
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(findControlCharacters(deep)).toHaveLength(1);
  });
});
