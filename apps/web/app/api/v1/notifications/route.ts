import { listNotifications } from "@gafus/core";
import { listNotificationsOp } from "@/contract/notifications";
import { route } from "@/server/api";

/** GET /api/v1/notifications — the caller's latest in-app notifications and the unread count. */
export const GET = route(listNotificationsOp, async ({ user, db }) => listNotifications({ db, userId: user.id }));
