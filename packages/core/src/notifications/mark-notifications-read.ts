import type { TDb } from "@gafus/prisma";
import { z } from "zod";

export const ZMarkRead = z.strictObject({ ids: z.array(z.uuid()).max(200).optional() });

/** Marks the given notifications (or all) read; other users' ids are ignored, never touched. */
export async function markNotificationsRead({ db, userId, ids }: { db: TDb; userId: string; ids?: string[] }) {
  const { count } = await db.notification.updateMany({
    where: { userId, readAt: null, ...(ids ? { id: { in: ids } } : {}) },
    data: { readAt: new Date() },
  });
  return { marked: count };
}
