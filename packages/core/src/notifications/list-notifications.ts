import type { TDb } from "@gafus/prisma";
import { countUnread } from "./count-unread";

/** The user's latest in-app notifications and how many are unread. */
export async function listNotifications({ db, userId, take = 50 }: { db: TDb; userId: string; take?: number }) {
  const [items, unread] = await Promise.all([
    db.notification.findMany({
      where: { userId, channel: "IN_APP" },
      orderBy: { createdAt: "desc" },
      take,
      select: { id: true, kind: true, data: true, readAt: true, createdAt: true },
    }),
    countUnread({ db, userId }),
  ]);
  return { items, unread };
}
