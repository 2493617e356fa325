import { runWithContext, type TLogger } from "@gafus/logger";
import { UnrecoverableError, Worker, type Job, type WorkerOptions } from "bullmq";
import { z } from "zod";
import { resolveConnection, type TConnection } from "./connection";
import { watchConnectionErrors } from "./connection-errors";
import { correlationIdOf } from "./correlation";
import type { TQueueName } from "./names";
import { QUEUE_JOBS, type TQueueJob } from "./queue-jobs";

type TJobShape = { name: string; data: unknown };

const defined = <T extends object>(values: T): Partial<T> =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;

/** A BullMQ job whose `name` and `data` are one of its queue's jobs: `job.name === "draft"` narrows `job.data`. */
export type TTypedJob<TShape extends TJobShape> = TShape extends TJobShape
  ? Job<TShape["data"], unknown, TShape["name"]>
  : never;

export type TJobProcessor<TShape extends TJobShape> = (job: TTypedJob<TShape>, token?: string) => Promise<unknown>;

/** A payload that does not fit its queue's schema: retrying cannot fix it. */
export class MalformedJobError extends UnrecoverableError {
  constructor(readonly issues: z.core.$ZodIssue[]) {
    super(`malformed job payload: ${issues.map((i) => `${i.path.join(".") || "(root)"} ${i.message}`).join("; ")}`);
    this.name = "MalformedJobError";
  }
}

/**
 * Thrown by a processor after it paused its queue (`queue.rateLimit(ms)` or `worker.rateLimit(ms)`): the job goes
 * back to wait without spending an attempt.
 */
export const rateLimitedError = (): Error => Worker.RateLimitError();

export type TJobWorkerOptions<TData> = TConnection &
  Pick<WorkerOptions, "concurrency" | "limiter" | "lockDuration" | "stalledInterval"> & {
    logger: TLogger;
    /**
     * A stricter payload schema than the queue's own (the events worker passes the event catalogue), so the
     * processor gets the narrower type and a payload that fails it is refused like any malformed one.
     */
    payload?: z.ZodType<TData>;
    errorLogEveryMs?: number;
  };

/** The queue's jobs, or (with a stricter payload schema) its job names with that payload. */
type TShapeOf<TName extends TQueueName, TData> = [TData] extends [never]
  ? TQueueJob<TName>
  : { name: TQueueJob<TName>["name"]; data: TData };

/**
 * The one way to run a queue's jobs. It connects with BullMQ's required `maxRetriesPerRequest: null` under the
 * platform's key prefix, parses every job with its queue's schema before the processor runs (a malformed payload
 * fails at once, without retries, with a log line naming the fields), runs the processor inside a log context
 * (requestId = job id, correlationId from the event or payload that started it), and logs failures: a warning
 * while BullMQ will retry, an error once it gives up.
 */
export function createJobWorker<TName extends TQueueName, TData extends TQueueJob<TName>["data"] = never>(
  name: TName,
  processor: TJobProcessor<TShapeOf<TName, TData>>,
  {
    logger,
    payload,
    errorLogEveryMs,
    concurrency,
    limiter,
    lockDuration,
    stalledInterval,
    ...connection
  }: TJobWorkerOptions<TData>,
): Worker {
  type TShape = TShapeOf<TName, TData>;
  const { url, prefix } = resolveConnection(connection);
  // Typed by the signature above: the processor sees TShape, which is what this schema's output is.
  const parser: z.ZodType<TJobShape> = payload ? z.object({ name: z.string(), data: payload }) : QUEUE_JOBS[name];
  const worker = new Worker(
    name,
    async (job: Job, token?: string) => {
      const parsed = parser.safeParse({ name: job.name, data: job.data });
      if (!parsed.success) {
        const error = new MalformedJobError(parsed.error.issues);
        logger.error(
          { queue: name, jobId: job.id, jobName: job.name, issues: parsed.error.issues },
          "malformed job payload; failed without retrying",
        );
        throw error;
      }
      // The processor reads the parsed payload (unknown keys dropped, defaults applied) through the job itself.
      job.data = parsed.data.data;
      return runWithContext({ requestId: job.id, correlationId: correlationIdOf(job.data) }, () =>
        processor(job as unknown as TTypedJob<TShape>, token),
      );
    },
    // Only the settings given: an explicit `undefined` would override BullMQ's own defaults.
    {
      connection: { url, maxRetriesPerRequest: null },
      prefix,
      ...defined({ concurrency, limiter, lockDuration, stalledInterval }),
    },
  );
  worker.on("failed", (job, error) => {
    if (error instanceof MalformedJobError) return; // logged above, with the fields
    const isFinal = !job || error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
    const fields = {
      err: error,
      queue: name,
      jobId: job?.id,
      jobName: job?.name,
      attempts: job?.attemptsMade,
      correlationId: correlationIdOf(job?.data),
    };
    if (isFinal) logger.error(fields, "job failed");
    else logger.warn(fields, "job attempt failed; will retry");
  });
  watchConnectionErrors(worker, `worker ${name}`, { logger, errorLogEveryMs });
  return worker;
}
