export { hashPassword, verifyPassword } from "./password";
export { checkPassword, PASSWORD_MAX, PASSWORD_MIN } from "./password-policy";
export type { TPasswordProblem } from "./password-policy";
export { can, ROLES } from "./policy";
export type { TAction, TActor } from "./policy";
export { createRateLimiter } from "./rate-limit";
export type { TRateLimiter, TRateLimitResult } from "./rate-limit";
export {
  SESSION_COOKIE,
  decodeSessionToken,
  encodeSessionToken,
  getSessionUserFromCookieHeader,
  readCookie,
} from "./session-token";
export type { TSessionUser } from "./session-token";
export { checkSignInLimits, normalizeEmail, signInWithPassword } from "./sign-in";
export { buildAuthOptions } from "./auth-options";
export { clientIp } from "./client-ip";
