import { clearedSessionCookieHeader, clientIp } from "@gafus/auth";
import { revokeAllSessions } from "@gafus/core";
import { signOutEverywhereOp } from "@/contract/account";
import { route } from "@/server/api";

/** DELETE /api/v1/me/sessions — sign out everywhere; this browser's cookie goes too. */
export const DELETE = route(signOutEverywhereOp, async ({ request, user, db }) => {
  await revokeAllSessions({ db, actor: user, userId: user.id, ip: clientIp(request.headers) });
  return new Response(null, {
    status: 204,
    headers: { "cache-control": "no-store", "set-cookie": clearedSessionCookieHeader() },
  });
});
