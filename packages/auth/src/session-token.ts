import { authEnv } from "@gafus/config";
import type { TDb } from "@gafus/prisma";
import { decode, encode } from "next-auth/jwt";

// One cookie on one origin (path "/"), so the web app, trainer panel, error dashboard and Bull Board all read the
// same session. Only the web app issues it (next-auth lives there); the others only verify it.
export const SESSION_COOKIE = "gafus.session";
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export function isSecureCookie(): boolean {
  return authEnv().AUTH_URL.startsWith("https://");
}

export function readCookie(cookieHeader: string | null | undefined, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(";")) {
    const eq = part.indexOf("=");
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      return undefined; // a malformed value (e.g. "%E0%A4%A") is no session, not a server error
    }
  }
  return undefined;
}

/** Verifies and decrypts a session token; any tampering, expiry or wrong secret yields null. */
export async function decodeSessionToken(token: string | undefined): Promise<{ userId: string } | null> {
  if (!token) return null;
  try {
    const payload = await decode({ token, secret: authEnv().AUTH_SECRET });
    return typeof payload?.sub === "string" ? { userId: payload.sub } : null;
  } catch {
    return null;
  }
}

/**
 * A session token as the web app's next-auth issues it (JWT with `sub` = user id), for tests and tools that call
 * the other apps without going through the sign-in page.
 */
export async function encodeSessionToken(userId: string, maxAgeSeconds = SESSION_MAX_AGE_SECONDS): Promise<string> {
  return encode({ token: { sub: userId }, secret: authEnv().AUTH_SECRET, maxAge: maxAgeSeconds });
}

export const SESSION_USER_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  locale: true,
  timezone: true,
} as const;

export type TSessionUser = {
  id: string;
  email: string;
  name: string;
  role: "USER" | "TRAINER" | "MODERATOR" | "ADMIN";
  locale: "ru" | "en";
  timezone: string;
};

/**
 * The user behind a cookie header, read fresh from the database on each request so that a role change or a
 * deleted account takes effect at once rather than when the JWT expires.
 */
export async function getSessionUserFromCookieHeader(
  db: TDb,
  cookieHeader: string | null | undefined,
): Promise<TSessionUser | null> {
  const session = await decodeSessionToken(readCookie(cookieHeader, SESSION_COOKIE));
  if (!session) return null;
  return db.user.findUnique({ where: { id: session.userId }, select: SESSION_USER_SELECT });
}
