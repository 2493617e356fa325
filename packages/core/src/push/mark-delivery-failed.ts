import type { TDb } from "@gafus/prisma";

/**
 * After the last retry: the row stops waiting, with the reason kept for the admin. A sent row is never touched, and
 * neither is one claimed by a live send (SENDING within its lease): the failing job's own attempt handed its claim
 * back (PENDING) before failing, so a fresh claim belongs to someone else, whose outcome decides.
 */
export async function markDeliveryFailed({
  db,
  deliveryId,
  error,
  leaseMs,
  now = new Date(),
}: {
  db: TDb;
  deliveryId: string;
  error: string;
  leaseMs: number;
  now?: Date;
}) {
  const { count } = await db.notificationDelivery.updateMany({
    where: {
      id: deliveryId,
      OR: [{ status: "PENDING" }, { status: "SENDING", claimedAt: { lt: new Date(now.getTime() - leaseMs) } }],
    },
    data: { status: "FAILED", error: error.slice(0, 500) },
  });
  return { isMarked: count > 0 };
}
