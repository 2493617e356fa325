import { expect, test, type APIRequestContext } from "@playwright/test";
import { apiSignIn, DEMO, DEMO_PASSWORD, uniqueEmail } from "@gafus/testing/e2e";

const register = (request: APIRequestContext, data: unknown, headers: Record<string, string> = {}) =>
  request.post("/api/v1/auth/register", {
    // A Buffer is sent byte for byte; Playwright would JSON-encode a string body again.
    data: Buffer.from(typeof data === "string" ? data : JSON.stringify(data)),
    headers: { "content-type": "application/json", ...headers },
  });

/** A failed registration must leave no account behind: signing in with it fails. */
async function expectNoAccount(request: APIRequestContext, email: string, password: string) {
  const response = await apiSignIn(request, email, password);
  const { url } = (await response.json()) as { url: string };
  expect(url).toContain("error=");
}

async function expectError(response: Awaited<ReturnType<typeof register>>, status: number, error: string) {
  expect(response.status()).toBe(status);
  const body = await response.json();
  expect(body).toMatchObject({ error, code: status, message: expect.any(String), details: expect.any(Object) });
  return body as { details: { fields?: Record<string, string[]> } };
}

test.describe("JSON API contract", () => {
  test("registration succeeds once and refuses the same email again, in any case", async ({ request }) => {
    const email = uniqueEmail("dup");
    const created = await register(request, { email, password: "Leash-and-collar-7", name: "Dup" });
    expect(created.status()).toBe(201);
    expect((await created.json()).user).toMatchObject({ email, role: "USER" });

    const again = await register(request, { email: email.toUpperCase(), password: "Another-pass-99", name: "Dup 2" });
    const body = await expectError(again, 409, "email_taken");
    expect(body.details.fields?.email).toBeDefined();
    // The first account keeps its password; the second attempt's password does not open it.
    await expectNoAccount(request, email, "Another-pass-99");
  });

  test("bad input gets a 4xx in the error format and creates nothing", async ({ request }) => {
    const email = uniqueEmail("bad");
    const cases: [string, Awaited<ReturnType<typeof register>>, number, string, string?][] = [
      [
        "invalid email",
        await register(request, { email: "not-an-email", password: "Leash-and-collar-7", name: "X" }),
        400,
        "validation_failed",
        "email",
      ],
      [
        "short password",
        await register(request, { email, password: "short", name: "X" }),
        400,
        "validation_failed",
        "password",
      ],
      [
        "common password",
        await register(request, { email, password: "iloveyou", name: "X" }),
        400,
        "validation_failed",
        "password",
      ],
      [
        "unknown field",
        await register(request, { email, password: "Leash-and-collar-7", name: "X", role: "ADMIN" }),
        400,
        "validation_failed",
        "role",
      ],
      ["malformed JSON", await register(request, '{"email": '), 400, "invalid_json"],
      [
        "oversized body",
        await register(request, { email, password: "Leash-and-collar-7", name: "x".repeat(20_000) }),
        413,
        "payload_too_large",
      ],
      ["not JSON", await register(request, "email=a", { "content-type": "text/plain" }), 415, "unsupported_media_type"],
    ];
    for (const [name, response, status, error, field] of cases) {
      await test.step(name, async () => {
        const body = await expectError(response, status, error);
        if (field) expect(Object.keys(body.details.fields ?? {})).toContain(field);
      });
    }
    await expectNoAccount(request, email, "Leash-and-collar-7");
    await expectNoAccount(request, email, "short");
  });

  test("a body larger than nginx allows is refused before it reaches the app", async ({ request }) => {
    const response = await register(request, { blob: "x".repeat(2 * 1024 * 1024) });
    expect(response.status()).toBe(413);
  });

  test("the profile API needs a session and validates changes without touching the profile", async ({ request }) => {
    const anonymous = await request.get("/api/v1/me");
    expect(anonymous.status()).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: "unauthorized", code: 401 });

    const email = uniqueEmail("prof");
    await register(request, { email, password: "Leash-and-collar-7", name: "Before" });
    await apiSignIn(request, email, "Leash-and-collar-7");
    const patch = (data: unknown) =>
      request.patch("/api/v1/me", {
        data: Buffer.from(JSON.stringify(data)),
        headers: { "content-type": "application/json" },
      });
    for (const bad of [{ timezone: "Mars/Olympus" }, { locale: "de" }, { role: "ADMIN" }, { name: "" }, {}]) {
      expect((await patch(bad)).status(), JSON.stringify(bad)).toBe(400);
    }
    const me = await (await request.get("/api/v1/me")).json();
    expect(me.user).toMatchObject({ name: "Before", role: "USER", locale: "ru" });
    const ok = await patch({ name: "After", timezone: "Asia/Tokyo" });
    expect(ok.status()).toBe(200);
    expect((await ok.json()).user).toMatchObject({ name: "After", timezone: "Asia/Tokyo" });
  });

  test("unknown API paths answer 404 in the error format", async ({ request }) => {
    const response = await request.get("/api/v1/no-such-thing");
    expect(response.status()).toBe(404);
    expect(await response.json()).toMatchObject({ error: "not_found", code: 404 });
  });

  test("the OpenAPI document lists the routes", async ({ request }) => {
    const doc = await (await request.get("/api/v1/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/v1/auth/register", "/api/v1/me"]));
  });

  test("every app answers health and readiness, with nginx's security headers", async ({ request }) => {
    for (const base of ["", "/trainer", "/errors", "/queues"]) {
      const health = await request.get(`${base}/api/health`);
      expect(health.status(), base).toBe(200);
      const ready = await request.get(`${base}/api/ready`);
      expect(ready.status(), base).toBe(200);
      expect(await ready.json()).toMatchObject({
        status: "ready",
        checks: { database: { ok: true }, redis: { ok: true }, s3: { ok: true } },
      });
      expect(ready.headers()["x-content-type-options"]).toBe("nosniff");
      expect(ready.headers()["content-security-policy"]).toContain("frame-ancestors 'self'");
    }
  });

  test("sign-in is limited per account: 429 with Retry-After, even for the right password", async ({ request }) => {
    const email = uniqueEmail("limit");
    await register(request, { email, password: "Leash-and-collar-7", name: "Limit" });
    for (let i = 0; i < 10; i++) {
      const attempt = await apiSignIn(request, email, `wrong-${i}-password`);
      expect(attempt.status()).toBe(401);
    }
    const blocked = await apiSignIn(request, email, "Leash-and-collar-7");
    expect(blocked.status()).toBe(429);
    expect(Number(blocked.headers()["retry-after"])).toBeGreaterThan(0);
    expect(await blocked.json()).toMatchObject({ error: "rate_limited", code: 429 });
    // Another account from the same address is not affected.
    const other = await apiSignIn(request, DEMO.student, DEMO_PASSWORD);
    expect(other.status()).toBe(200);
  });
});
