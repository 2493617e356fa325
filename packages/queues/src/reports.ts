import type { Queue } from "bullmq";
import { z } from "zod";
import { correlated, ZCorrelated } from "./correlation";

export const ZReportJob = ZCorrelated.extend({ reportId: z.uuid() });
export type TReportJob = z.infer<typeof ZReportJob>;

export const REPORT_ATTEMPTS = 3;

/** One job per request event, so a redelivered event adds nothing; the processor is idempotent besides. */
export async function enqueueReport(queue: Queue, job: TReportJob, { eventId }: { eventId: string }) {
  const data = ZReportJob.parse(correlated(job));
  await queue.add("report", data, { jobId: `report-${eventId}`, attempts: REPORT_ATTEMPTS });
}
