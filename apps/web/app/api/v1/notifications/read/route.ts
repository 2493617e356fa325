import { markNotificationsRead, ZMarkRead } from "@gafus/core";
import { jsonResponse, readJsonBody } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute, requireApiUser } from "@/server/api";
import { getInboxBus } from "@/server/deps";

/** POST /api/v1/notifications/read — { ids? }: mark these (or all) of the caller's notifications read. */
export const POST = apiRoute(async (request: Request) => {
  const user = await requireApiUser(request);
  const { ids } = await readJsonBody(request, ZMarkRead);
  const result = await markNotificationsRead({ db: getDb(), userId: user.id, ids });
  await getInboxBus()
    .publish(user.id)
    .catch(() => undefined); // other tabs update their badge
  return jsonResponse(result);
});
