import type { TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";

/** Removes one of the caller's subscriptions; someone else's endpoint answers 404 like an unknown one. */
export async function deletePushSubscription({ db, userId, endpoint }: { db: TDb; userId: string; endpoint: string }) {
  const { count } = await db.pushSubscription.deleteMany({ where: { endpoint, userId } });
  if (count === 0) throw new AppError("not_found", "No such push subscription.");
}
