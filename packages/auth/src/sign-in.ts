import type { TAuthEnv } from "@gafus/config";
import type { TLogger } from "@gafus/logger";
import type { TDb } from "@gafus/prisma";
import { getDummyHash, verifyPassword } from "./password";
import type { TRateLimiter, TRateLimitResult } from "./rate-limit";
import { SESSION_USER_SELECT, type TSessionUser } from "./session-token";

export type TSignInDeps = { db: TDb; limiter: TRateLimiter; logger: TLogger; env: TAuthEnv };

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/**
 * Checked before next-auth sees the request: every attempt counts against the IP; only failures count against the
 * account, so its owner is not locked out by their own successful sign-ins.
 */
export async function checkSignInLimits(
  { limiter, env }: Pick<TSignInDeps, "limiter" | "env">,
  { email, ip }: { email: string; ip: string },
): Promise<TRateLimitResult> {
  const byIp = await limiter.hit("signin-ip", ip, env.AUTH_SIGNIN_LIMIT_PER_IP, env.AUTH_RATE_WINDOW_SECONDS);
  if (!byIp.allowed) return byIp;
  return limiter.peek("signin-account", normalizeEmail(email), env.AUTH_SIGNIN_LIMIT_PER_ACCOUNT);
}

/** Verifies a password and records the attempt (log line and audit row, never the password). */
export async function signInWithPassword(
  { db, limiter, logger, env }: TSignInDeps,
  { email: rawEmail, password, ip }: { email: string; password: string; ip: string },
): Promise<TSessionUser | null> {
  const email = normalizeEmail(rawEmail);
  const user = await db.user.findUnique({ where: { email }, select: { ...SESSION_USER_SELECT, passwordHash: true } });
  const ok = await verifyPassword(password, user?.passwordHash ?? (await getDummyHash()));
  const success = Boolean(user && ok);

  logger.info({ event: "auth.sign_in", email, ip, success, userId: user?.id }, "sign-in attempt");
  await db.auditLog.create({
    data: { action: "auth.sign_in", actorId: user?.id ?? null, subject: email, ip, success },
  });

  if (!success || !user) {
    await limiter.hit("signin-account", email, env.AUTH_SIGNIN_LIMIT_PER_ACCOUNT, env.AUTH_RATE_WINDOW_SECONDS);
    return null;
  }
  await limiter.reset("signin-account", email);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  const { passwordHash: _hash, ...sessionUser } = user;
  return sessionUser;
}
