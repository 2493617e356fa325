import { clientIp, readSessionClaims, sessionCookieHeader, signSessionToken } from "@gafus/auth";
import { authEnv } from "@gafus/config";
import { AppError, changePassword } from "@gafus/core";
import { changePasswordOp } from "@/contract/account";
import { route } from "@/server/api";
import { getLimiter } from "@/server/deps";

/** PUT /api/v1/me/password — change the password; other sessions end, this one gets a cookie at the new version. */
export const PUT = route(changePasswordOp, async ({ request, user, body, db }) => {
  // The router has just accepted this cookie; its claims name the session to keep.
  const session = await readSessionClaims(request.headers.get("cookie"));
  if (!session) throw new AppError("unauthorized", "Sign in to continue.");
  const { sessionVersion } = await changePassword({
    db,
    limiter: getLimiter(),
    env: authEnv(),
    actor: user,
    userId: user.id,
    sessionId: session.sessionId,
    input: body,
    ip: clientIp(request.headers),
  });
  const token = await signSessionToken({ userId: user.id, sessionId: session.sessionId, version: sessionVersion });
  return new Response(null, {
    status: 204,
    headers: { "cache-control": "no-store", "set-cookie": sessionCookieHeader(token) },
  });
});
