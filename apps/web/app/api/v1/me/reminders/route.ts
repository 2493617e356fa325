import { listReminders, saveReminder } from "@gafus/core";
import { createReminderOp, listRemindersOp } from "@/contract/reminders";
import { route } from "@/server/api";

/** GET /api/v1/me/reminders — the caller's training reminders with their next run. */
export const GET = route(listRemindersOp, async ({ user, db }) => ({
  reminders: await listReminders({ db, userId: user.id }),
}));

/** POST /api/v1/me/reminders — add a reminder (time zone defaults to the profile's). */
export const POST = route(createReminderOp, async ({ user, body, db }) => ({
  reminder: await saveReminder({ db, userId: user.id, input: body }),
}));
