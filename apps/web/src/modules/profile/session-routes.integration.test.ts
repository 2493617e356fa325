import { Writable } from "node:stream";
import { createRateLimiter, encodeSessionToken, SESSION_COOKIE, type TRateLimiter } from "@gafus/auth";
import { createLogger } from "@gafus/logger";
import type * as TPrismaModule from "@gafus/prisma";
import type { TDb } from "@gafus/prisma";
import {
  createTestDatabase,
  createTestRedis,
  makeUser,
  TEST_PASSWORD,
  type TTestDatabase,
  type TTestRedis,
} from "@gafus/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The route files are called as Next would call them (see the trainer panel's panel-routes test for the aliases).
vi.mock("server-only", () => ({}));
vi.mock("@/server/api", () => import("../../server/api"));
vi.mock("@/server/locale-cookie", () => import("../../server/locale-cookie"));
vi.mock("@/contract/account", () => import("../../contract/account"));
// The routes' database, Redis limiter and logger are this file's own.
const deps = vi.hoisted(() => ({
  db: undefined as TDb | undefined,
  limiter: undefined as TRateLimiter | undefined,
  nextAuthCalls: 0,
}));
vi.mock("@gafus/prisma", async (importOriginal) => ({
  ...(await importOriginal<typeof TPrismaModule>()),
  getDb: () => deps.db,
}));
vi.mock("../../server/deps", () => ({
  logger: createLogger("test", new Writable({ write: (_c, _e, done) => done() })),
  getLimiter: () => deps.limiter,
}));
vi.mock("@/server/deps", () => import("../../server/deps"));
// next-auth's own sign-out only clears the cookie (it reads it through next/headers, which needs a running Next);
// what is tested here is that the route ends the session on the server before handing over.
vi.mock("next-auth", () => ({
  default: () => async () => {
    deps.nextAuthCalls += 1;
    return Response.json({ url: "/" });
  },
}));

const meRoute = await import("../../../app/api/v1/me/route");
const sessionsRoute = await import("../../../app/api/v1/me/sessions/route");
const passwordRoute = await import("../../../app/api/v1/me/password/route");
const authRoute = await import("../../../app/api/auth/[...nextauth]/route");

let t: TTestDatabase;
let r: TTestRedis;
beforeAll(async () => {
  [t, r] = await Promise.all([createTestDatabase(), createTestRedis()]);
  deps.db = t.db;
  deps.limiter = createRateLimiter(r.redis, r.prefix);
});
afterAll(async () => {
  await Promise.all([t.drop(), r.cleanup()]);
});

const cookieFor = async (userId: string) =>
  `${SESSION_COOKIE}=${encodeURIComponent(await encodeSessionToken({ db: t.db, userId }))}`;
type THandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
function call(handler: THandler, cookie: string, { method = "GET", path = "/api/v1/me", body }: TCall = {}) {
  const init: RequestInit = { method, headers: { cookie, "content-type": "application/json" } };
  if (body !== undefined) init.body = JSON.stringify(body);
  return handler(new Request(`http://web.test${path}`, init), { params: Promise.resolve({}) });
}
type TCall = { method?: string; path?: string; body?: unknown };
const me = async (cookie: string) => (await call(meRoute.GET, cookie)).status;
/** The cookie a Set-Cookie answer leaves in the browser. */
const cookieSet = (response: Response) => response.headers.get("set-cookie")?.split(";")[0] ?? "";

describe("sign-out through next-auth's route", () => {
  it("ends the session first, so the same cookie reads /api/v1/me no more; the other device stays in", async () => {
    const user = await makeUser(t.db);
    const [phone, laptop] = [await cookieFor(user.id), await cookieFor(user.id)];
    expect([await me(phone), await me(laptop)]).toEqual([200, 200]);
    const form = new URLSearchParams({ csrfToken: "x", json: "true" });
    const request = new Request("http://web.test/api/auth/signout", {
      method: "POST",
      headers: { cookie: phone, "content-type": "application/x-www-form-urlencoded" },
      body: form,
    });
    const calls = deps.nextAuthCalls;
    expect((await authRoute.POST(request, { params: Promise.resolve({ nextauth: ["signout"] }) })).status).toBe(200);
    expect(deps.nextAuthCalls).toBe(calls + 1);

    const refused = await call(meRoute.GET, phone);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ error: "unauthorized", code: 401 });
    expect(await me(laptop)).toBe(200);
  });
});

describe("DELETE /api/v1/me/sessions", () => {
  it("signs out every device and clears this browser's cookie", async () => {
    const user = await makeUser(t.db);
    const [a, b] = [await cookieFor(user.id), await cookieFor(user.id)];
    const response = await call(sessionsRoute.DELETE, a, { method: "DELETE", path: "/api/v1/me/sessions" });
    expect(response.status).toBe(204);
    expect(response.headers.get("set-cookie")).toMatch(
      new RegExp(`^${SESSION_COOKIE.replace(".", "\\.")}=;.*Max-Age=0`),
    );
    expect([await me(a), await me(b)]).toEqual([401, 401]);
    expect((await call(sessionsRoute.DELETE, a, { method: "DELETE", path: "/api/v1/me/sessions" })).status).toBe(401);
  });
});

describe("PUT /api/v1/me/password", () => {
  const put = (cookie: string, body: unknown) =>
    call(passwordRoute.PUT, cookie, { method: "PUT", path: "/api/v1/me/password", body });

  it("ends the other sessions and answers with a new cookie that keeps this device signed in", async () => {
    const user = await makeUser(t.db);
    const [here, elsewhere] = [await cookieFor(user.id), await cookieFor(user.id)];
    const response = await put(here, { currentPassword: TEST_PASSWORD, newPassword: "Fetch-the-ball-77" });
    expect(response.status).toBe(204);
    const renewed = cookieSet(response);
    expect(response.headers.get("set-cookie")).toMatch(/; Path=\/; Expires=.*; HttpOnly; SameSite=Lax/);
    expect([await me(renewed), await me(elsewhere), await me(here)]).toEqual([200, 401, 401]);
  });

  it("refuses a wrong current password and a weak new one with 400 and a reason, and changes nothing", async () => {
    const user = await makeUser(t.db);
    const [here, elsewhere] = [await cookieFor(user.id), await cookieFor(user.id)];
    const before = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });

    const wrong = await put(here, { currentPassword: "not-it", newPassword: "Fetch-the-ball-77" });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ error: "validation_failed", details: { reason: "wrong_password" } });
    const weak = await put(here, { currentPassword: TEST_PASSWORD, newPassword: "password123" });
    expect(weak.status).toBe(400);
    expect(await weak.json()).toMatchObject({ error: "validation_failed", details: { reason: "too_common" } });
    const short = await put(here, { currentPassword: TEST_PASSWORD, newPassword: "short" });
    expect(await short.json()).toMatchObject({ details: { issues: [{ field: "newPassword", code: "too_short" }] } });
    expect(short.headers.get("set-cookie")).toBeNull();

    const after = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect([after.passwordHash, after.sessionVersion]).toEqual([before.passwordHash, before.sessionVersion]);
    expect([await me(here), await me(elsewhere)]).toEqual([200, 200]);
  });

  it("answers 401 without a session", async () => {
    const response = await put("", { currentPassword: TEST_PASSWORD, newPassword: "Fetch-the-ball-77" });
    expect(response.status).toBe(401);
  });
});
