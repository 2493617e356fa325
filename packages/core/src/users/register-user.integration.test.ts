import { createTestDatabase, type TTestDatabase } from "@gafus/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error";
import { registerUser } from "./register-user";
import { ZRegisterInput } from "./schemas";

let t: TTestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const input = (over: Record<string, unknown> = {}) =>
  ZRegisterInput.parse({ email: "Anna@Example.com", password: "Sit-stay-heel-42", name: "Anna", ...over });

describe("registerUser", () => {
  it("creates a student with a hashed password, an audit row and a registered event in one go", async () => {
    const user = await registerUser({ db: t.db, input: input(), ip: "10.0.0.1" });
    expect(user).toMatchObject({ email: "anna@example.com", name: "Anna", role: "USER", locale: "ru" });

    const row = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toMatch(/^scrypt\$/);
    expect(row.passwordHash).not.toContain("Sit-stay-heel-42");
    const audit = await t.db.auditLog.findMany({ where: { actorId: user.id } });
    expect(audit.map((a) => a.action)).toEqual(["auth.register"]);
    const events = await t.db.outboxEvent.findMany({ where: { aggregateId: user.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ eventType: "user.account.registered.v1", actorId: user.id, sentAt: null });
  });

  it("refuses a second account with the same email, in any letter case, and creates nothing", async () => {
    const before = await t.db.user.count();
    const attempt = registerUser({ db: t.db, input: input({ email: "ANNA@example.com" }) });
    await expect(attempt).rejects.toMatchObject({ error: "email_taken", status: 409 });
    expect(await t.db.user.count()).toBe(before);
    expect(await t.db.outboxEvent.count()).toBe(1);
  });

  it("refuses a common password with a field error and creates nothing", async () => {
    const before = await t.db.user.count();
    const attempt = registerUser({ db: t.db, input: input({ email: "b@example.com", password: "password123" }) });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ error: "validation_failed", details: { reason: "too_common" } });
    expect(await t.db.user.count()).toBe(before);
  });
});

describe("ZRegisterInput", () => {
  it("refuses unknown fields, bad emails and short passwords", () => {
    const bad = ZRegisterInput.safeParse({ email: "nope", password: "short", name: "", role: "ADMIN" });
    expect(bad.success).toBe(false);
    const paths = bad.error?.issues.map((i) => (i.code === "unrecognized_keys" ? i.keys[0] : i.path[0]));
    expect(paths).toEqual(expect.arrayContaining(["email", "password", "name", "role"]));
  });
});
