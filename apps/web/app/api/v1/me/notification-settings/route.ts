import { getNotificationSettings, updateNotificationSettings } from "@gafus/core";
import { getNotificationSettingsOp, updateNotificationSettingsOp } from "@/contract/push";
import { route } from "@/server/api";

/** GET /api/v1/me/notification-settings — channels turned off, muted kinds, quiet hours (HH:MM, local time). */
export const GET = route(getNotificationSettingsOp, async ({ user, db }) => ({
  settings: await getNotificationSettings({ db, userId: user.id }),
}));

/** PUT /api/v1/me/notification-settings — replace them. */
export const PUT = route(updateNotificationSettingsOp, async ({ user, body, db }) => ({
  settings: await updateNotificationSettings({ db, userId: user.id, input: body }),
}));
