import type { TDb } from "@gafus/prisma";
import { REMINDER_SELECT } from "./reminder-schemas";

export function listReminders({ db, userId }: { db: TDb; userId: string }) {
  return db.reminder.findMany({
    where: { userId },
    select: REMINDER_SELECT,
    orderBy: [{ time: "asc" }, { createdAt: "asc" }],
  });
}
