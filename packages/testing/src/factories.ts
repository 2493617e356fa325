import { randomBytes } from "node:crypto";
import { hashPassword } from "@gafus/auth";
import type { TDb, TRole } from "@gafus/prisma";
import { createUser } from "@gafus/prisma/factories";

export const TEST_PASSWORD = "Tail-wagging-2026";
let testHash: Promise<string> | undefined;

/** A user with a unique email and TEST_PASSWORD (hashed once per process: scrypt is slow on purpose). */
export async function makeUser(db: TDb, overrides: { role?: TRole; email?: string; name?: string } = {}) {
  testHash ??= hashPassword(TEST_PASSWORD);
  return createUser(db, {
    email: overrides.email ?? `user-${randomBytes(5).toString("hex")}@example.test`,
    name: overrides.name ?? "Test User",
    role: overrides.role ?? "USER",
    passwordHash: await testHash,
  });
}
