import { deleteReminder, saveReminder } from "@gafus/core";
import { deleteReminderOp, updateReminderOp } from "@/contract/reminders";
import { route } from "@/server/api";

/** PUT /api/v1/me/reminders/{id} — replace one of the caller's reminders (another student's answers 404). */
export const PUT = route(updateReminderOp, async ({ user, params, body, db }) => ({
  reminder: await saveReminder({ db, userId: user.id, reminderId: params.id, input: body }),
}));

/** DELETE /api/v1/me/reminders/{id} */
export const DELETE = route(deleteReminderOp, async ({ user, params, db }) => {
  await deleteReminder({ db, userId: user.id, reminderId: params.id });
});
