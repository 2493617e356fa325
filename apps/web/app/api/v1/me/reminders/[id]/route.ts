import { deleteReminder, saveReminder, ZReminderInput } from "@gafus/core";
import { jsonResponse, readJsonBody } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute, requireApiUser } from "@/server/api";
import { idParam, type TRouteContext } from "@/server/params";

/** PUT /api/v1/me/reminders/{id} — replace one of the caller's reminders (another student's answers 404). */
export const PUT = apiRoute(async (request: Request, { params }: TRouteContext) => {
  const user = await requireApiUser(request);
  const reminderId = await idParam(params, "id");
  const input = await readJsonBody(request, ZReminderInput);
  return jsonResponse({ reminder: await saveReminder({ db: getDb(), userId: user.id, reminderId, input }) });
});

/** DELETE /api/v1/me/reminders/{id} */
export const DELETE = apiRoute(async (request: Request, { params }: TRouteContext) => {
  const user = await requireApiUser(request);
  await deleteReminder({ db: getDb(), userId: user.id, reminderId: await idParam(params, "id") });
  return new Response(null, { status: 204 });
});
