import { Writable } from "node:stream";
import {
  createRateLimiter,
  getSessionUserFromCookieHeader,
  readSessionClaims,
  SESSION_COOKIE,
  signInWithPassword,
  signSessionToken,
} from "@gafus/auth";
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
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bumpSessionVersion } from "./bump-session-version";
import { changePassword, ZChangePasswordInput } from "./change-password";
import { revokeAllSessions } from "./revoke-all-sessions";
import { revokeCurrentSession } from "./revoke-current-session";

let t: TTestDatabase;
let r: TTestRedis;
const logger = createLogger("test", new Writable({ write: (_c, _e, done) => done() }));
const env = { ...authEnv({}), AUTH_SIGNIN_LIMIT_PER_ACCOUNT: 3 };

beforeAll(async () => {
  [t, r] = await Promise.all([createTestDatabase(), createTestRedis()]);
});
afterAll(async () => {
  await Promise.all([t.drop(), r.cleanup()]);
});

const limiter = () => createRateLimiter(r.redis, r.prefix);
const header = (token: string) => `${SESSION_COOKIE}=${encodeURIComponent(token)}`;

/** A sign-in as the web app makes it (password checked, session row started), as the Cookie header it sets. */
async function signIn(email: string, password = TEST_PASSWORD): Promise<string> {
  const user = await signInWithPassword(
    { db: t.db, limiter: limiter(), logger, env },
    { email, password, ip: "9.9.9.9" },
  );
  if (!user) throw new Error(`sign-in of ${email} failed`);
  return header(await signSessionToken({ userId: user.id, sessionId: user.sessionId, version: user.sessionVersion }));
}
const whoIs = async (cookie: string) => (await getSessionUserFromCookieHeader(t.db, cookie))?.id ?? null;
const claimsOf = async (cookie: string) => (await readSessionClaims(cookie))!;

describe("sign-out", () => {
  it("ends only the session of the cookie that signed out; the user's other device stays signed in", async () => {
    const user = await makeUser(t.db);
    const [phone, laptop] = [await signIn(user.email), await signIn(user.email)];
    expect([await whoIs(phone), await whoIs(laptop)]).toEqual([user.id, user.id]);

    expect(await revokeCurrentSession({ db: t.db, session: await claimsOf(phone), ip: "9.9.9.9" })).toBe(true);
    expect(await whoIs(phone)).toBeNull();
    expect(await whoIs(laptop)).toBe(user.id);
    // Signing out again with the same cookie changes nothing.
    expect(await revokeCurrentSession({ db: t.db, session: await claimsOf(phone) })).toBe(false);
    expect(await whoIs(laptop)).toBe(user.id);

    const audit = await t.db.auditLog.findMany({ where: { actorId: user.id, action: "auth.sign_out" } });
    expect(audit.map((a) => a.success).sort()).toEqual([false, true]);
  });
});

describe("sign out everywhere", () => {
  it("ends every session of the user, and no one else's", async () => {
    const user = await makeUser(t.db);
    const stranger = await makeUser(t.db);
    const [a, b, theirs] = [await signIn(user.email), await signIn(user.email), await signIn(stranger.email)];

    await revokeAllSessions({ db: t.db, actor: user, userId: user.id, ip: "9.9.9.9" });
    expect([await whoIs(a), await whoIs(b), await whoIs(theirs)]).toEqual([null, null, stranger.id]);
    const rows = await t.db.userSession.findMany({ where: { userId: user.id } });
    expect(rows.every((s) => s.revokedAt)).toBe(true);
    expect(
      await t.db.auditLog.findFirst({ where: { actorId: user.id, action: "auth.sessions_revoked" } }),
    ).toMatchObject({
      subject: user.id,
      data: { reason: "sign_out_everywhere", revoked: 2 },
    });
    // A sign-in afterwards works as usual.
    expect(await whoIs(await signIn(user.email))).toBe(user.id);
  });

  it("refuses to end another user's sessions", async () => {
    const user = await makeUser(t.db);
    const other = await makeUser(t.db, { role: "TRAINER" });
    const cookie = await signIn(user.email);
    const attempt = revokeAllSessions({ db: t.db, actor: other, userId: user.id });
    await expect(attempt).rejects.toMatchObject({ error: "forbidden", status: 403 });
    expect(await whoIs(cookie)).toBe(user.id);
  });
});

describe("changePassword", () => {
  const NEW = "Fetch-the-ball-77";
  const change = async (userId: string, cookie: string, input: Record<string, unknown>) =>
    changePassword({
      db: t.db,
      limiter: limiter(),
      env,
      actor: { id: userId, role: "USER" },
      userId,
      sessionId: (await claimsOf(cookie)).sessionId,
      input: ZChangePasswordInput.parse(input),
      ip: "9.9.9.9",
    });

  it("ends every other session and keeps this device once its cookie is signed at the new version", async () => {
    const user = await makeUser(t.db);
    const [here, elsewhere] = [await signIn(user.email), await signIn(user.email)];
    const { sessionVersion } = await change(user.id, here, { currentPassword: TEST_PASSWORD, newPassword: NEW });

    expect(await whoIs(elsewhere)).toBeNull();
    // The cookie as it was is of the old version; the one the route sets in its answer is accepted.
    expect(await whoIs(here)).toBeNull();
    const { sessionId } = await claimsOf(here);
    expect(await whoIs(header(await signSessionToken({ userId: user.id, sessionId, version: sessionVersion })))).toBe(
      user.id,
    );
    // The new password signs in; the old one no longer does.
    expect(await whoIs(await signIn(user.email, NEW))).toBe(user.id);
    await expect(signIn(user.email)).rejects.toThrow(/failed/);
    const audit = await t.db.auditLog.findFirst({ where: { actorId: user.id, action: "auth.password_change" } });
    expect(audit).toMatchObject({ success: true, ip: "9.9.9.9" });
    expect(JSON.stringify(await t.db.auditLog.findMany())).not.toContain(NEW);
  });

  it("refuses a wrong current password with a field error and changes nothing", async () => {
    const user = await makeUser(t.db);
    const [here, elsewhere] = [await signIn(user.email), await signIn(user.email)];
    const before = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });

    const attempt = change(user.id, here, { currentPassword: "not-my-password", newPassword: NEW });
    await expect(attempt).rejects.toMatchObject({
      error: "validation_failed",
      status: 400,
      details: { reason: "wrong_password", fields: { currentPassword: [expect.any(String)] } },
    });
    const after = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect([after.passwordHash, after.sessionVersion]).toEqual([before.passwordHash, before.sessionVersion]);
    expect([await whoIs(here), await whoIs(elsewhere)]).toEqual([user.id, user.id]);
    expect(
      await t.db.auditLog.count({ where: { actorId: user.id, action: "auth.password_change", success: false } }),
    ).toBe(1);
  });

  it("refuses a new password the policy refuses, and changes nothing", async () => {
    const user = await makeUser(t.db);
    const here = await signIn(user.email);
    for (const [newPassword, reason] of [
      ["password123", "too_common"],
      [`${user.email.split("@")[0]}-x`, "contains_email"],
    ]) {
      const attempt = change(user.id, here, { currentPassword: TEST_PASSWORD, newPassword });
      await expect(attempt).rejects.toMatchObject({ error: "validation_failed", details: { reason } });
    }
    expect(() => ZChangePasswordInput.parse({ currentPassword: TEST_PASSWORD, newPassword: "short" })).toThrow();
    expect(await whoIs(here)).toBe(user.id);
    expect(await whoIs(await signIn(user.email))).toBe(user.id);
  });

  it("stops guessing after as many wrong passwords as sign-in allows (429), even with the right one", async () => {
    const user = await makeUser(t.db);
    const here = await signIn(user.email);
    for (let i = 0; i < env.AUTH_SIGNIN_LIMIT_PER_ACCOUNT; i++) {
      await expect(change(user.id, here, { currentPassword: `wrong-${i}`, newPassword: NEW })).rejects.toMatchObject({
        status: 400,
      });
    }
    const locked = change(user.id, here, { currentPassword: TEST_PASSWORD, newPassword: NEW });
    await expect(locked).rejects.toMatchObject({ error: "rate_limited", status: 429 });
    expect(await whoIs(here)).toBe(user.id);
  });
});

describe("bumpSessionVersion", () => {
  it("lets an admin end every session of a user whose role changes, in the same transaction as the change", async () => {
    const admin = await makeUser(t.db, { role: "ADMIN" });
    const user = await makeUser(t.db, { role: "TRAINER" });
    const [a, b, adminCookie] = [await signIn(user.email), await signIn(user.email), await signIn(admin.email)];

    await t.db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { role: "USER" } });
      await bumpSessionVersion({ db: tx, actor: admin, userId: user.id, reason: "role_changed", ip: "9.9.9.9" });
    });
    expect([await whoIs(a), await whoIs(b), await whoIs(adminCookie)]).toEqual([null, null, admin.id]);
    expect(
      await t.db.auditLog.findFirst({ where: { action: "auth.sessions_revoked", actorId: admin.id } }),
    ).toMatchObject({ subject: user.id, data: { reason: "role_changed", revoked: 2 } });
  });

  it("refuses a non-admin acting on someone else and answers 404 for an unknown user", async () => {
    const moderator = await makeUser(t.db, { role: "MODERATOR" });
    const user = await makeUser(t.db);
    const cookie = await signIn(user.email);
    await expect(
      bumpSessionVersion({ db: t.db, actor: moderator, userId: user.id, reason: "blocked" }),
    ).rejects.toMatchObject({ status: 403 });
    expect(await whoIs(cookie)).toBe(user.id);
    const admin = await makeUser(t.db, { role: "ADMIN" });
    await expect(
      bumpSessionVersion({
        db: t.db,
        actor: admin,
        userId: "00000000-0000-4000-8000-000000000000",
        reason: "blocked",
      }),
    ).rejects.toMatchObject({ error: "not_found", status: 404 });
  });
});
