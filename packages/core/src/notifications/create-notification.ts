import type { Prisma } from "@gafus/prisma";

/**
 * An in-app notification written inside the caller's transaction (a reminder run, a re-engagement message), so the
 * "sent once" record and the notification commit together. The push fan-out follows after commit.
 */
export async function createNotification(
  tx: Prisma.TransactionClient,
  { userId, kind, data }: { userId: string; kind: string; data: Prisma.InputJsonObject },
): Promise<string> {
  const row = await tx.notification.create({ data: { userId, kind, data, channel: "IN_APP" }, select: { id: true } });
  return row.id;
}
