import { Writable } from "node:stream";
import { authEnv } from "@gafus/config";
import { createLogger } from "@gafus/logger";
import {
  createTestDatabase,
  createTestRedis,
  makeUser,
  TEST_PASSWORD,
  type TTestDatabase,
  type TTestRedis,
} from "@gafus/testing";
import type { JWT } from "next-auth/jwt";
import { encode } from "next-auth/jwt";
import type { CredentialsConfig } from "next-auth/providers/credentials";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAuthOptions } from "./auth-options";
import { createRateLimiter } from "./rate-limit";
import {
  SESSION_COOKIE,
  encodeSessionToken,
  getSessionUserFromCookieHeader,
  readSessionClaims,
  signSessionToken,
} from "./session-token";

let t: TTestDatabase;
let r: TTestRedis;
const logger = createLogger("test", new Writable({ write: (_c, _e, done) => done() }));

beforeAll(async () => {
  [t, r] = await Promise.all([createTestDatabase(), createTestRedis()]);
});
afterAll(async () => {
  await Promise.all([t.drop(), r.cleanup()]);
});

const cookie = (token: string) => `other=1; ${SESSION_COOKIE}=${encodeURIComponent(token)}`;
const secret = () => authEnv().AUTH_SECRET;

/** Signs in the way the web app's next-auth does: the credentials provider's authorize, the jwt callback, encode. */
async function signInThroughNextAuth(email: string, userAgent: string): Promise<string | null> {
  const options = buildAuthOptions({ db: t.db, limiter: createRateLimiter(r.redis, r.prefix), logger });
  const provider = options.providers[0] as CredentialsConfig & { options: CredentialsConfig };
  const req = { headers: { "x-real-ip": "10.1.2.3", "user-agent": userAgent } };
  const user = await provider.options.authorize({ email, password: TEST_PASSWORD }, req as never);
  if (!user) return null;
  const token = (await options.callbacks!.jwt!({ token: {}, user, account: null } as never)) as JWT;
  return encode({ token, secret: secret() });
}

describe("session cookie", () => {
  it("names a session of its own per sign-in, which every app's check accepts", async () => {
    const user = await makeUser(t.db);
    const phone = await signInThroughNextAuth(user.email, "Phone/1.0");
    const laptop = await signInThroughNextAuth(user.email, "Laptop/2.0");
    expect(await getSessionUserFromCookieHeader(t.db, cookie(phone!))).toMatchObject({ id: user.id, role: "USER" });
    expect(await getSessionUserFromCookieHeader(t.db, cookie(laptop!))).toMatchObject({ id: user.id });

    const rows = await t.db.userSession.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((s) => [s.userAgent, s.ip, s.revokedAt])).toEqual([
      ["Phone/1.0", "10.1.2.3", null],
      ["Laptop/2.0", "10.1.2.3", null],
    ]);
    expect((await readSessionClaims(cookie(phone!)))?.sessionId).toBe(rows[0]?.id);
    expect(await signInThroughNextAuth(user.email.toUpperCase(), "x")).not.toBeNull();
  });

  it("refuses a cookie from before revocable sessions, a forged one and one naming someone else's session", async () => {
    const user = await makeUser(t.db);
    const other = await makeUser(t.db);
    const otherToken = await encodeSessionToken({ db: t.db, userId: other.id });
    const otherSession = (await readSessionClaims(cookie(otherToken)))!.sessionId;
    const refused = [
      // next-auth's own format as issued until now: a valid signature but only `sub`.
      await encode({ token: { sub: user.id }, secret: secret() }),
      await encode({ token: { sub: user.id, sid: otherSession, sv: "0" }, secret: secret() }),
      await signSessionToken({ userId: user.id, sessionId: otherSession, version: 0 }),
      // Signed with another secret: someone who does not hold AUTH_SECRET.
      await encode({ token: { sub: user.id, sid: otherSession, sv: 0 }, secret: "x".repeat(40) }),
      "forged",
    ];
    for (const token of refused) expect(await getSessionUserFromCookieHeader(t.db, cookie(token))).toBeNull();
    expect(await getSessionUserFromCookieHeader(t.db, cookie(otherToken))).toMatchObject({ id: other.id });
  });

  it("stops accepting a cookie once its row is revoked, its version is old or its user is gone", async () => {
    const user = await makeUser(t.db);
    const revoked = await encodeSessionToken({ db: t.db, userId: user.id });
    const stale = await encodeSessionToken({ db: t.db, userId: user.id });
    const claims = (await readSessionClaims(cookie(revoked)))!;
    await t.db.userSession.update({ where: { id: claims.sessionId }, data: { revokedAt: new Date() } });
    expect(await getSessionUserFromCookieHeader(t.db, cookie(revoked))).toBeNull();

    expect(await getSessionUserFromCookieHeader(t.db, cookie(stale))).toMatchObject({ id: user.id });
    await t.db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await getSessionUserFromCookieHeader(t.db, cookie(stale))).toBeNull();
    // The same row signed again at the new version works: that is how a password change keeps this device.
    const staleClaims = (await readSessionClaims(cookie(stale)))!;
    const resigned = await encodeSessionToken({ db: t.db, userId: user.id, sessionId: staleClaims.sessionId });
    expect(await getSessionUserFromCookieHeader(t.db, cookie(resigned))).toMatchObject({ id: user.id });

    await t.db.user.delete({ where: { id: user.id } });
    expect(await getSessionUserFromCookieHeader(t.db, cookie(resigned))).toBeNull();
  });
});
