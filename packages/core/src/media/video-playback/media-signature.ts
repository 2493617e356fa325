import { createHmac, timingSafeEqual } from "node:crypto";

const payload = (path: string, exp: number) => `${path}\n${exp}`;

/** HMAC-SHA256 over the segment's path and expiry (seconds since epoch), base64url. */
export function signMediaPath(secret: string, path: string, exp: number): string {
  return createHmac("sha256", secret).update(payload(path, exp)).digest("base64url");
}

/** True only for an unexpired URL whose signature we made; compared in constant time. */
export function verifyMediaPath(
  secret: string,
  path: string,
  exp: string | null,
  sig: string | null,
  nowSec = Math.floor(Date.now() / 1000),
): boolean {
  if (!exp || !sig || !/^\d{1,12}$/.test(exp) || Number(exp) < nowSec) return false;
  const expected = Buffer.from(signMediaPath(secret, path, Number(exp)));
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
