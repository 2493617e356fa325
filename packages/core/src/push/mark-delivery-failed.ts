import type { TDb } from "@gafus/prisma";

/** After the last retry: the row stops waiting, with the reason kept for the admin. A sent row is never touched. */
export async function markDeliveryFailed({ db, deliveryId, error }: { db: TDb; deliveryId: string; error: string }) {
  await db.notificationDelivery.updateMany({
    where: { id: deliveryId, status: { in: ["PENDING", "SENDING"] } },
    data: { status: "FAILED", error: error.slice(0, 500) },
  });
}
