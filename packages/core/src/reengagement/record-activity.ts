import type { Prisma } from "@gafus/prisma";

/**
 * A student trained (started or completed a step): remember when, for re-engagement, and close an open campaign
 * as RETURNED — the metric that says the nudges worked. Runs inside the training transaction.
 */
export async function recordActivity(tx: Prisma.TransactionClient, { userId, now }: { userId: string; now: Date }) {
  await tx.user.update({ where: { id: userId }, data: { lastActiveAt: now }, select: { id: true } });
  await tx.reengagementCampaign.updateMany({
    where: { userId, status: "ACTIVE" },
    data: { status: "RETURNED", returnedAt: now },
  });
}
