import { markNotificationsRead } from "@gafus/core";
import { markNotificationsReadOp } from "@/contract/notifications";
import { route } from "@/server/api";
import { getInboxBus } from "@/server/deps";

/** POST /api/v1/notifications/read — { ids? }: mark these (or all) of the caller's notifications read. */
export const POST = route(markNotificationsReadOp, async ({ user, body, db }) => {
  const result = await markNotificationsRead({ db, userId: user.id, ids: body.ids });
  await getInboxBus()
    .publish(user.id)
    .catch(() => undefined); // other tabs update their badge
  return result;
});
