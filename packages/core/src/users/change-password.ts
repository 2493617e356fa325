import type { TRateLimiter } from "@gafus/auth";
import {
  ACCOUNT_FAILURES,
  checkPassword,
  hashPassword,
  PASSWORD_MAX,
  PASSWORD_MIN,
  verifyPassword,
} from "@gafus/auth/password";
import { can, type TActor } from "@gafus/auth/policy";
import type { TAuthEnv } from "@gafus/config";
import type { TDb } from "@gafus/prisma";
import { z } from "zod";
import { AppError } from "../errors/app-error";
import { bumpSessionVersion } from "./bump-session-version";
import { passwordProblemError } from "./password-messages";

export const ZChangePasswordInput = z.strictObject({
  // As long as sign-in accepts, so an old password set under other rules can still be confirmed.
  currentPassword: z.string().min(1, "Enter your current password").max(1024),
  newPassword: z
    .string()
    .min(PASSWORD_MIN, `At least ${PASSWORD_MIN} characters`)
    .max(PASSWORD_MAX, `At most ${PASSWORD_MAX} characters`),
});
export type TChangePasswordInput = z.infer<typeof ZChangePasswordInput>;

const WRONG = "The current password is not right.";

/**
 * Changes the user's own password once the current one is confirmed and the new one passes the policy. Every other
 * session ends (the version moves on); the current one, `sessionId`, stays open and its cookie must be signed again
 * at the returned version: re-issuing keeps this device signed in without a second sign-in. A wrong current
 * password counts against the account like a failed sign-in and changes nothing.
 */
export async function changePassword({
  db,
  limiter,
  env,
  actor,
  userId,
  sessionId,
  input,
  ip,
}: {
  db: TDb;
  limiter: TRateLimiter;
  env: Pick<TAuthEnv, "AUTH_SIGNIN_LIMIT_PER_ACCOUNT" | "AUTH_RATE_WINDOW_SECONDS">;
  actor: TActor;
  userId: string;
  sessionId: string;
  input: TChangePasswordInput;
  ip?: string;
}): Promise<{ sessionVersion: number }> {
  if (!can(actor, "profile:update", { ownerId: userId }))
    throw new AppError("forbidden", "You cannot change this password.");
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true } });
  if (!user) throw new AppError("not_found", "No such user.");

  const problem = checkPassword(input.newPassword, { email: user.email });
  if (problem) throw passwordProblemError(problem, "newPassword");

  const limit = env.AUTH_SIGNIN_LIMIT_PER_ACCOUNT;
  const lock = await limiter.peek(ACCOUNT_FAILURES, user.email, limit);
  if (!lock.allowed) {
    throw new AppError("rate_limited", "Too many wrong passwords. Try again later.", {
      retryAfterSeconds: lock.retryAfterSeconds,
    });
  }
  const audit = { action: "auth.password_change", actorId: actor.id, subject: user.email, ip };
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    await limiter.hit(ACCOUNT_FAILURES, user.email, limit, env.AUTH_RATE_WINDOW_SECONDS);
    await db.auditLog.create({ data: { ...audit, success: false } });
    throw new AppError("validation_failed", WRONG, {
      fields: { currentPassword: [WRONG] },
      reason: "wrong_password",
    });
  }

  const passwordHash = await hashPassword(input.newPassword);
  const result = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash }, select: { id: true } });
    await tx.auditLog.create({ data: { ...audit, success: true } });
    return bumpSessionVersion({ db: tx, actor, userId, reason: "password_changed", ip, keepSessionId: sessionId });
  });
  await limiter.reset(ACCOUNT_FAILURES, user.email);
  return result;
}
