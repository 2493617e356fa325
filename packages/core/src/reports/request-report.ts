import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { z } from "zod";
import { appendOutboxEvent, type TEventType } from "../events/outbox";
import { findInsightsCourse } from "../statistics/find-insights-course";

export const ZReportRequest = z.strictObject({
  type: z.enum(["COURSE_PROGRESS_CSV", "COURSE_SUMMARY_PDF"]),
  courseId: z.uuid(),
});
export type TReportRequest = z.infer<typeof ZReportRequest>;

export const REPORT_REQUESTED = "reports.report.requested.v1" satisfies TEventType;

/**
 * Records a report request and its event in one transaction. The worker turns the event into a `reports` job, so
 * a request made while Redis is down waits in the outbox instead of failing or getting lost.
 */
export async function requestReport({ db, actor, request }: { db: TDb; actor: TActor; request: TReportRequest }) {
  const course = await findInsightsCourse({ db, actor, courseId: request.courseId });
  return db.$transaction(async (tx) => {
    const report = await tx.report.create({
      data: { requesterId: actor.id, type: request.type, courseId: course.id },
      select: { id: true, type: true, status: true, progress: true, createdAt: true },
    });
    await appendOutboxEvent(tx, {
      eventType: REPORT_REQUESTED,
      aggregateType: "report",
      aggregateId: report.id,
      actorId: actor.id,
      data: { reportId: report.id },
    });
    return report;
  });
}
