import type { TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";

/** Deletes one of the caller's reminders; another student's answers 404, as if it did not exist. */
export async function deleteReminder({ db, userId, reminderId }: { db: TDb; userId: string; reminderId: string }) {
  const { count } = await db.reminder.deleteMany({ where: { id: reminderId, userId } });
  if (count === 0) throw new AppError("not_found", "No such reminder.");
}
