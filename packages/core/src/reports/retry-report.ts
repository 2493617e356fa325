import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";
import { appendOutboxEvent } from "../events/outbox";
import { findOwnReport } from "./find-own-report";
import { REPORT_REQUESTED } from "./request-report";

/** Runs a failed report again (the requester or an admin); only FAILED reports can be retried. */
export async function retryReport({ db, actor, reportId }: { db: TDb; actor: TActor; reportId: string }) {
  await findOwnReport({ db, actor, reportId });
  return db.$transaction(async (tx) => {
    const { count } = await tx.report.updateMany({
      where: { id: reportId, status: "FAILED" },
      data: { status: "QUEUED", progress: 0, error: null, finishedAt: null },
    });
    if (count === 0) throw new AppError("conflict", "Only a failed report can be run again.");
    await appendOutboxEvent(tx, {
      eventType: REPORT_REQUESTED,
      aggregateType: "report",
      aggregateId: reportId,
      actorId: actor.id,
      data: { reportId },
    });
    return { id: reportId, status: "QUEUED" as const };
  });
}
