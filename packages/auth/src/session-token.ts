import { authEnv } from "@gafus/config";
import type { TDb } from "@gafus/prisma";
import { decode, encode } from "next-auth/jwt";
import { startUserSession } from "./user-session";

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

/**
 * What the cookie's JWT says: `sub` the user, `sid` their UserSession row, `sv` the user's sessionVersion when it
 * was issued. The cookie alone proves nothing; the database decides whether that session still counts.
 */
export type TSessionClaims = { userId: string; sessionId: string; version: number };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Verifies and decrypts a session token; any tampering, expiry, wrong secret or a token from before sessions were
 * revocable (no `sid`/`sv`) yields null. Ids are checked as UUIDs so that a bad one is no session, not a query error.
 */
export async function decodeSessionToken(token: string | undefined): Promise<TSessionClaims | null> {
  if (!token) return null;
  try {
    const payload = await decode({ token, secret: authEnv().AUTH_SECRET });
    const { sub, sid, sv } = payload ?? {};
    if (typeof sub !== "string" || !UUID.test(sub)) return null;
    if (typeof sid !== "string" || !UUID.test(sid)) return null;
    if (typeof sv !== "number" || !Number.isSafeInteger(sv) || sv < 0) return null;
    return { userId: sub, sessionId: sid, version: sv };
  } catch {
    return null;
  }
}

/** The claims of the session cookie in a Cookie header (not yet checked against the database). */
export function readSessionClaims(cookieHeader: string | null | undefined): Promise<TSessionClaims | null> {
  return decodeSessionToken(readCookie(cookieHeader, SESSION_COOKIE));
}

/** Signs claims exactly as next-auth's jwt callback stores them, so either may issue the cookie. */
export function signSessionToken(claims: TSessionClaims, maxAgeSeconds = SESSION_MAX_AGE_SECONDS): Promise<string> {
  const token = { sub: claims.userId, sid: claims.sessionId, sv: claims.version };
  return encode({ token, secret: authEnv().AUTH_SECRET, maxAge: maxAgeSeconds });
}

/**
 * A session token as a sign-in on the web app would give it, for tests and tools that call the apps without the
 * sign-in page: starts a real session (a UserSession row at the user's current version) unless `sessionId` names
 * one of the user's sessions to sign again.
 */
export async function encodeSessionToken({
  db,
  userId,
  sessionId,
  maxAgeSeconds = SESSION_MAX_AGE_SECONDS,
}: {
  db: TDb;
  userId: string;
  sessionId?: string;
  maxAgeSeconds?: number;
}): Promise<string> {
  const { sessionVersion } = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { sessionVersion: true },
  });
  const id = sessionId ?? (await startUserSession(db, { userId })).sessionId;
  return signSessionToken({ userId, sessionId: id, version: sessionVersion }, maxAgeSeconds);
}

/** A Set-Cookie value carrying `token` with the attributes next-auth gives the session cookie. */
export function sessionCookieHeader(token: string, maxAgeSeconds = SESSION_MAX_AGE_SECONDS): string {
  const expires = new Date(Date.now() + maxAgeSeconds * 1000).toUTCString();
  const secure = isSecureCookie() ? "; Secure" : "";
  return `${SESSION_COOKIE}=${token}; Path=/; Expires=${expires}; HttpOnly; SameSite=Lax${secure}`;
}

/** A Set-Cookie value that removes the session cookie (after its session was ended on the server). */
export function clearedSessionCookieHeader(): string {
  const secure = isSecureCookie() ? "; Secure" : "";
  return `${SESSION_COOKIE}=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly; SameSite=Lax${secure}`;
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
 * The user behind a session, read fresh from the database so that a role change or a deleted account takes effect
 * at once rather than when the JWT expires. The revocation check rides in the same statement (Prisma turns the
 * relation filter into EXISTS), so it costs no extra round trip: no user comes back when the session row was
 * revoked (sign-out) or the user's version moved past the cookie's (sign out everywhere, password or role change).
 */
export function findSessionUser(db: TDb, claims: TSessionClaims): Promise<TSessionUser | null> {
  return db.user.findUnique({
    where: {
      id: claims.userId,
      sessionVersion: claims.version,
      sessions: { some: { id: claims.sessionId, revokedAt: null } },
    },
    select: SESSION_USER_SELECT,
  });
}

/** The signed-in user behind a Cookie header, or null (no cookie, bad token, ended session). */
export async function getSessionUserFromCookieHeader(
  db: TDb,
  cookieHeader: string | null | undefined,
): Promise<TSessionUser | null> {
  const claims = await readSessionClaims(cookieHeader);
  return claims ? findSessionUser(db, claims) : null;
}
