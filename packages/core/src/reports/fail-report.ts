import type { TDb } from "@gafus/prisma";

/** The last attempt failed: the requester sees why (a short reason, never a stack). */
export async function failReport({ db, reportId, reason }: { db: TDb; reportId: string; reason: string }) {
  await db.report.updateMany({
    where: { id: reportId, status: { not: "READY" } },
    data: { status: "FAILED", error: reason.slice(0, 500), finishedAt: new Date() },
  });
}
