export { hashPassword, verifyPassword } from "./password";
export { checkPassword, PASSWORD_MAX, PASSWORD_MIN } from "./password-policy";
export type { TPasswordProblem } from "./password-policy";
export { can, ROLES } from "./policy";
export type { TAction, TActor } from "./policy";
export { createRateLimiter } from "./rate-limit";
export type { TRateLimiter, TRateLimitResult } from "./rate-limit";
export {
  SESSION_COOKIE,
  SESSION_MAX_AGE_SECONDS,
  clearedSessionCookieHeader,
  decodeSessionToken,
  encodeSessionToken,
  findSessionUser,
  getSessionUserFromCookieHeader,
  readCookie,
  readSessionClaims,
  sessionCookieHeader,
  signSessionToken,
} from "./session-token";
export type { TSessionClaims, TSessionUser } from "./session-token";
export { startUserSession } from "./user-session";
export { ACCOUNT_FAILURES } from "./account-failures";
export { checkSignInLimits, normalizeEmail, signInWithPassword } from "./sign-in";
export type { TSignedIn } from "./sign-in";
export { buildAuthOptions } from "./auth-options";
export { clientIp } from "./client-ip";
