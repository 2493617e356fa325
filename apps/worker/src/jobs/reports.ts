import { redisEnv } from "@gafus/config";
import { AppError, failReport, REPORT_REQUESTED } from "@gafus/core";
import { runReport } from "@gafus/core/jobs";
import type { TLogger } from "@gafus/logger";
import type { TDb } from "@gafus/prisma";
import { createQueue } from "@gafus/queues";
import type { TStorage } from "@gafus/storage";
import { UnrecoverableError, Worker } from "bullmq";
import { z } from "zod";
import type { TEventHandler } from "../events-worker";

const ZReportJob = z.object({ reportId: z.uuid() });
const ATTEMPTS = 3;

/**
 * The `reports` queue: a report request (outbox event) becomes one job per event id, so a redelivered event adds
 * nothing; the processor is idempotent (a READY report is skipped, a re-run overwrites the same S3 key).
 */
export function startReportsJobs({
  db,
  storage,
  logger,
  redisUrl = redisEnv().REDIS_URL,
  prefix = `${redisEnv().REDIS_KEY_PREFIX}bull`,
}: {
  db: TDb;
  storage: TStorage;
  logger: TLogger;
  redisUrl?: string;
  prefix?: string;
}) {
  const queue = createQueue("reports", { url: redisUrl, prefix });
  const eventHandler: TEventHandler = {
    name: "reports",
    handle: async (event) => {
      if (event.eventType !== REPORT_REQUESTED) return;
      const { reportId } = ZReportJob.parse(event.data);
      await queue.add("report", { reportId }, { jobId: `report-${event.eventId}`, attempts: ATTEMPTS });
    },
  };
  const worker = new Worker(
    "reports",
    async (job) => {
      const { reportId } = ZReportJob.parse(job.data);
      try {
        return await runReport({ db, storage, reportId, onProgress: (percent) => job.updateProgress(percent) });
      } catch (error) {
        const permanent = error instanceof AppError && error.status < 500;
        const last = permanent || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
        if (last) {
          const reason = error instanceof AppError ? error.message : "The report could not be built. Try again.";
          await failReport({ db, reportId, reason });
        }
        // A missing course or lost rights will not heal with a retry.
        throw permanent ? new UnrecoverableError(error.message) : error;
      }
    },
    { connection: { url: redisUrl, maxRetriesPerRequest: null }, prefix, concurrency: 2 },
  );
  worker.on("failed", (job, error) => logger.error({ err: error, jobId: job?.id }, "report job failed"));
  worker.on("error", (error) => logger.warn({ err: error }, "reports worker connection problem"));
  return {
    eventHandler,
    worker,
    queue,
    async close() {
      await worker.close();
      await queue.close();
    },
  };
}
