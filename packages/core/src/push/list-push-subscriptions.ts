import type { TDb } from "@gafus/prisma";
import { SUBSCRIPTION_FIELDS } from "./push-subscription-schemas";

/** The caller's browsers that receive Web Push, oldest first. */
export function listPushSubscriptions({ db, userId }: { db: TDb; userId: string }) {
  return db.pushSubscription.findMany({
    where: { userId },
    select: SUBSCRIPTION_FIELDS,
    orderBy: { createdAt: "asc" },
  });
}
