import type { TDb } from "@gafus/prisma";

/** How many in-app notifications the user has not read (the bell's badge). */
export function countUnread({ db, userId }: { db: TDb; userId: string }): Promise<number> {
  return db.notification.count({ where: { userId, channel: "IN_APP", readAt: null } });
}
