import { listReminders, saveReminder, ZReminderInput } from "@gafus/core";
import { jsonResponse, readJsonBody } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute, requireApiUser } from "@/server/api";

/** GET /api/v1/me/reminders — the caller's training reminders with their next run. */
export const GET = apiRoute(async (request: Request) => {
  const user = await requireApiUser(request);
  return jsonResponse({ reminders: await listReminders({ db: getDb(), userId: user.id }) });
});

/** POST /api/v1/me/reminders — add a reminder (time zone defaults to the profile's). */
export const POST = apiRoute(async (request: Request) => {
  const user = await requireApiUser(request);
  const input = await readJsonBody(request, ZReminderInput);
  return jsonResponse({ reminder: await saveReminder({ db: getDb(), userId: user.id, input }) }, 201);
});
