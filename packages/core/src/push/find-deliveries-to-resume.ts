import type { TDb } from "@gafus/prisma";

/**
 * Deliveries whose job may be lost: PENDING for over `pendingForMs`, or SENDING past the lease (the worker died
 * mid-send). The sweeper checks each against BullMQ (resumeDeliveries) and enqueues only those without a live job;
 * a PENDING row in retry backoff still has its job and is left alone.
 */
export async function findDeliveriesToResume({
  db,
  leaseMs,
  pendingForMs = 60_000,
  now = new Date(),
  limit = 1000,
}: {
  db: TDb;
  leaseMs: number;
  pendingForMs?: number;
  now?: Date;
  limit?: number;
}) {
  return db.notificationDelivery.findMany({
    where: {
      OR: [
        { status: "PENDING", createdAt: { lt: new Date(now.getTime() - pendingForMs) } },
        { status: "SENDING", claimedAt: { lt: new Date(now.getTime() - leaseMs) } },
      ],
    },
    select: { id: true, channel: true, status: true },
    orderBy: { createdAt: "asc" },
    take: limit,
  });
}
