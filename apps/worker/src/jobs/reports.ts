import { AppError, failReport, REPORT_REQUESTED } from "@gafus/core";
import { runReport } from "@gafus/core/jobs";
import type { TLogger } from "@gafus/logger";
import type { TDb } from "@gafus/prisma";
import { createJobWorker, createQueue, enqueueReport } from "@gafus/queues";
import type { TStorage } from "@gafus/storage";
import { UnrecoverableError } from "bullmq";
import type { TEventHandler } from "../events-worker";

/**
 * The `reports` queue: a report request (outbox event) becomes one job per event id, so a redelivered event adds
 * nothing; the processor is idempotent (a READY report is skipped, a re-run overwrites the same S3 key).
 */
export function startReportsJobs({
  db,
  storage,
  logger,
  redisUrl,
  prefix,
}: {
  db: TDb;
  storage: TStorage;
  logger: TLogger;
  redisUrl?: string;
  prefix?: string;
}) {
  const connection = { url: redisUrl, prefix, logger };
  const queue = createQueue("reports", connection);
  const eventHandler: TEventHandler = {
    name: "reports",
    handle: async (event) => {
      if (event.eventType !== REPORT_REQUESTED) return;
      await enqueueReport(queue, { reportId: event.data.reportId }, event);
    },
  };
  const worker = createJobWorker(
    "reports",
    async (job) => {
      const { reportId } = job.data;
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
    { ...connection, concurrency: 2 },
  );
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
