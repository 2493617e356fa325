import type { TAuthEnv } from "@gafus/config";
import type { TLogger } from "@gafus/logger";
import type { TDb } from "@gafus/prisma";
import { ACCOUNT_FAILURES } from "./account-failures";
import { getDummyHash, verifyPassword } from "./password";
import type { TRateLimiter, TRateLimitResult } from "./rate-limit";
import { SESSION_USER_SELECT, type TSessionUser } from "./session-token";
import { startUserSession } from "./user-session";

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
  return limiter.peek(ACCOUNT_FAILURES, normalizeEmail(email), env.AUTH_SIGNIN_LIMIT_PER_ACCOUNT);
}

/** A successful sign-in: the user and the new session the cookie will name. */
export type TSignedIn = TSessionUser & { sessionId: string; sessionVersion: number };

/**
 * Verifies a password, records the attempt (log line and audit row, never the password) and on success starts a
 * session. Its version is the one read together with the password hash, so a "sign out everywhere" or a role change
 * that lands while this sign-in is still running ends this session too.
 */
export async function signInWithPassword(
  { db, limiter, logger, env }: TSignInDeps,
  { email: rawEmail, password, ip, userAgent }: { email: string; password: string; ip: string; userAgent?: string },
): Promise<TSignedIn | null> {
  const email = normalizeEmail(rawEmail);
  const user = await db.user.findUnique({
    where: { email },
    select: { ...SESSION_USER_SELECT, passwordHash: true, sessionVersion: true },
  });
  const ok = await verifyPassword(password, user?.passwordHash ?? (await getDummyHash()));
  const success = Boolean(user && ok);

  logger.info({ event: "auth.sign_in", email, ip, success, userId: user?.id }, "sign-in attempt");
  await db.auditLog.create({
    data: { action: "auth.sign_in", actorId: user?.id ?? null, subject: email, ip, success },
  });

  if (!success || !user) {
    await limiter.hit(ACCOUNT_FAILURES, email, env.AUTH_SIGNIN_LIMIT_PER_ACCOUNT, env.AUTH_RATE_WINDOW_SECONDS);
    return null;
  }
  await limiter.reset(ACCOUNT_FAILURES, email);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  const { sessionId } = await startUserSession(db, { userId: user.id, userAgent, ip });
  const { passwordHash: _hash, ...sessionUser } = user;
  return { ...sessionUser, sessionId };
}
