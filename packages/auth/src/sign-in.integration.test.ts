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
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limit";
import { checkSignInLimits, signInWithPassword } from "./sign-in";

let t: TTestDatabase;
let r: TTestRedis;
const logLines: string[] = [];
const logger = createLogger("test", new Writable({ write: (c, _e, done) => (logLines.push(String(c)), done()) }));
const env = { ...authEnv({}), AUTH_SIGNIN_LIMIT_PER_ACCOUNT: 3, AUTH_SIGNIN_LIMIT_PER_IP: 6 };

beforeAll(async () => {
  [t, r] = await Promise.all([createTestDatabase(), createTestRedis()]);
});
afterAll(async () => {
  await Promise.all([t.drop(), r.cleanup()]);
});

const deps = () => ({ db: t.db, limiter: createRateLimiter(r.redis, r.prefix), logger, env });

describe("signInWithPassword", () => {
  it("signs in with the right password, case-insensitive email, and records the attempt without the password", async () => {
    const user = await makeUser(t.db, { email: "rex@example.test" });
    const result = await signInWithPassword(deps(), {
      email: " REX@example.test ",
      password: TEST_PASSWORD,
      ip: "1.1.1.1",
    });
    expect(result?.id).toBe(user.id);
    const audit = await t.db.auditLog.findMany({ where: { subject: "rex@example.test" } });
    expect(audit).toEqual([expect.objectContaining({ action: "auth.sign_in", success: true, ip: "1.1.1.1" })]);
    expect(logLines.join("")).toContain('"event":"auth.sign_in"');
    expect(logLines.join("")).not.toContain(TEST_PASSWORD);
  });

  it("refuses a wrong password and an unknown email the same way", async () => {
    await makeUser(t.db, { email: "bim@example.test" });
    expect(
      await signInWithPassword(deps(), { email: "bim@example.test", password: "wrong-password", ip: "2.2.2.2" }),
    ).toBeNull();
    expect(await signInWithPassword(deps(), { email: "nobody@example.test", password: "x", ip: "2.2.2.2" })).toBeNull();
    const failures = await t.db.auditLog.count({ where: { success: false } });
    expect(failures).toBe(2);
  });
});

describe("sign-in rate limits", () => {
  it("locks an account after repeated failures and unlocks it after a success-free window", async () => {
    await makeUser(t.db, { email: "locked@example.test" });
    const d = deps();
    for (let i = 0; i < 3; i++) {
      expect((await checkSignInLimits(d, { email: "locked@example.test", ip: `3.3.3.${i}` })).allowed).toBe(true);
      await signInWithPassword(d, { email: "locked@example.test", password: "wrong-password", ip: `3.3.3.${i}` });
    }
    const blocked = await checkSignInLimits(d, { email: "LOCKED@example.test", ip: "3.3.3.9" });
    expect(blocked.allowed).toBe(false);
    expect(blocked.retryAfterSeconds).toBeGreaterThan(0);
    expect(blocked.retryAfterSeconds).toBeLessThanOrEqual(env.AUTH_RATE_WINDOW_SECONDS);
  });

  it("limits attempts per IP across different accounts", async () => {
    const d = deps();
    const results = [];
    for (let i = 0; i < 7; i++)
      results.push((await checkSignInLimits(d, { email: `x${i}@e.test`, ip: "4.4.4.4" })).allowed);
    expect(results).toEqual([true, true, true, true, true, true, false]);
    expect((await checkSignInLimits(d, { email: "y@e.test", ip: "5.5.5.5" })).allowed).toBe(true);
  });
});
