import { listNotifications } from "@gafus/core";
import { jsonResponse } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute, requireApiUser } from "@/server/api";

/** GET /api/v1/notifications — the caller's latest in-app notifications and the unread count. */
export const GET = apiRoute(async (request: Request) => {
  const user = await requireApiUser(request);
  return jsonResponse(await listNotifications({ db: getDb(), userId: user.id }));
});
