import { buildAuthOptions, checkSignInLimits, clientIp, readSessionClaims } from "@gafus/auth";
import { authEnv } from "@gafus/config";
import { AppError, revokeCurrentSession } from "@gafus/core";
import { errorResponse, toErrorResponse } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import NextAuth from "next-auth";
import { getLimiter, logger } from "@/server/deps";

type TContext = { params: Promise<{ nextauth: string[] }> };

let handler: ((request: Request, context: TContext) => Promise<Response>) | undefined;
function nextAuth() {
  handler ??= NextAuth(buildAuthOptions({ db: getDb(), limiter: getLimiter(), logger })) as typeof handler;
  return handler!;
}

/** The email of a sign-in form; a body that is no form counts as no email (next-auth then refuses the attempt). */
async function formEmail(request: Request): Promise<string> {
  try {
    return String((await request.clone().formData()).get("email") ?? "").slice(0, 254);
  } catch (error) {
    logger.warn({ err: error }, "sign-in body is not a form; rate-limiting it by IP only");
    return "";
  }
}

export const GET = (request: Request, context: TContext) => nextAuth()(request, context);

/**
 * Sign-in attempts are rate limited here, before next-auth, so a blocked client gets a real 429 with Retry-After
 * (next-auth itself can only redirect). If Redis is down we let the attempt through and log it: sign-in must keep
 * working, and the per-account failure count resumes when Redis returns.
 */
export async function POST(request: Request, context: TContext) {
  // Sign-out ends the session on the server before next-auth clears the cookie (which is all it does with a JWT), so
  // a copy of the cookie is no session anywhere. Not in next-auth's signOut event: it swallows errors, and the
  // browser would be told "signed out" while the session lives on. If ending it fails, nothing is cleared.
  if (new URL(request.url).pathname.endsWith("/signout")) {
    try {
      const session = await readSessionClaims(request.headers.get("cookie"));
      if (session) await revokeCurrentSession({ db: getDb(), session, ip: clientIp(request.headers) });
    } catch (error) {
      return toErrorResponse(error, logger);
    }
  }
  if (new URL(request.url).pathname.endsWith("/callback/credentials")) {
    const email = await formEmail(request);
    try {
      const limit = await checkSignInLimits(
        { limiter: getLimiter(), env: authEnv() },
        { email, ip: clientIp(request.headers) },
      );
      if (!limit.allowed) {
        logger.warn({ event: "auth.sign_in.rate_limited", email, ip: clientIp(request.headers) }, "sign-in blocked");
        const error = new AppError("rate_limited", "Too many sign-in attempts. Try again later.", {
          retryAfterSeconds: limit.retryAfterSeconds,
        });
        return errorResponse(error, { "retry-after": String(limit.retryAfterSeconds) });
      }
    } catch (error) {
      logger.error({ err: error }, "sign-in rate limit unavailable; allowing the attempt");
    }
  }
  return nextAuth()(request, context);
}
