import { getProfile, updateProfile, ZProfileUpdate } from "@gafus/core";
import { jsonResponse, readJsonBody } from "@gafus/core/http";
import { getDb } from "@gafus/prisma";
import { apiRoute, requireApiUser } from "@/server/api";
import { localeCookie } from "@/server/locale-cookie";

/** GET /api/v1/me — the signed-in user's profile. */
export const GET = apiRoute(async (request: Request) => {
  const user = await requireApiUser(request);
  return jsonResponse({ user: await getProfile({ db: getDb(), actor: user, userId: user.id }) });
});

/** PATCH /api/v1/me — change name, locale or time zone. */
export const PATCH = apiRoute(async (request: Request) => {
  const user = await requireApiUser(request);
  const changes = await readJsonBody(request, ZProfileUpdate);
  const updated = await updateProfile({ db: getDb(), actor: user, userId: user.id, changes });
  const headers: Record<string, string> = changes.locale ? { "set-cookie": localeCookie(changes.locale) } : {};
  return jsonResponse({ user: updated }, 200, headers);
});
