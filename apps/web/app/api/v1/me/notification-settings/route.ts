import { getNotificationSettings, updateNotificationSettings, ZNotificationSettingsInput } from "@gafus/core";
import { jsonResponse, readJsonBody } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute, requireApiUser } from "@/server/api";

/** GET /api/v1/me/notification-settings — channels turned off, muted kinds, quiet hours (HH:MM, local time). */
export const GET = apiRoute(async (request: Request) => {
  const user = await requireApiUser(request);
  return jsonResponse({ settings: await getNotificationSettings({ db: getDb(), userId: user.id }) });
});

/** PUT /api/v1/me/notification-settings — replace them. */
export const PUT = apiRoute(async (request: Request) => {
  const user = await requireApiUser(request);
  const input = await readJsonBody(request, ZNotificationSettingsInput);
  return jsonResponse({ settings: await updateNotificationSettings({ db: getDb(), userId: user.id, input }) });
});
