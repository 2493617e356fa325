import { getProfile, updateProfile } from "@gafus/core";
import { jsonResponse } from "@gafus/http";
import { getMeOp, updateMeOp } from "@/contract/account";
import { route } from "@/server/api";
import { localeCookie } from "@/server/locale-cookie";

/** GET /api/v1/me — the signed-in user's profile. */
export const GET = route(getMeOp, async ({ user, db }) => ({
  user: await getProfile({ db, actor: user, userId: user.id }),
}));

/** PATCH /api/v1/me — change name, locale or time zone. */
export const PATCH = route(updateMeOp, async ({ user, body, db }) => {
  const updated = await updateProfile({ db, actor: user, userId: user.id, changes: body });
  const headers: Record<string, string> = body.locale ? { "set-cookie": localeCookie(body.locale) } : {};
  return jsonResponse({ user: updated }, 200, headers);
});
