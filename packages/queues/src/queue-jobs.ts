import { z } from "zod";
import { ZAiDraftJob, ZRecommendJob } from "./ai";
import { ZEventJob } from "./events";
import type { TQueueName } from "./names";
import { ZDeliveryJob, ZTimerEndJob } from "./push";
import { ZReportJob } from "./reports";
import { ZVideoTranscodingJob } from "./video-transcoding";

/** A job started by a job scheduler: the payload is empty. */
const ZNoPayload = z.object({});

const job = <TName extends string, TData extends z.ZodType>(name: TName, data: TData) =>
  z.object({ name: z.literal(name), data });
const jobs = <const T extends readonly [ReturnType<typeof job>, ...ReturnType<typeof job>[]]>(...options: T) =>
  z.discriminatedUnion("name", options);

/**
 * Every job each queue runs: its name and payload schema. `createJobWorker` parses each job with it before the
 * processor sees it, and the processor gets the payload typed by job name. `events` jobs are named after their
 * event type.
 */
export const QUEUE_JOBS = {
  events: z.object({ name: z.string(), data: ZEventJob }),
  push: jobs(job("deliver", ZDeliveryJob), job("sweep", ZNoPayload)),
  "push-telegram": jobs(job("deliver", ZDeliveryJob)),
  reengagement: jobs(job("scan", ZNoPayload)),
  reminders: jobs(job("scan", ZNoPayload), job("timer-end", ZTimerEndJob)),
  "video-transcoding": jobs(job("transcode", ZVideoTranscodingJob)),
  "exam-cleanup": jobs(job("cleanup", ZNoPayload)),
  reports: jobs(job("report", ZReportJob)),
  ai: jobs(job("recommend", ZRecommendJob), job("recommend-all", ZNoPayload), job("draft", ZAiDraftJob)),
} satisfies Record<TQueueName, z.ZodType<{ name: string; data: unknown }>>;

/** `{ name, data }` of every job a queue runs, as a union narrowed by `name`. */
export type TQueueJob<TName extends TQueueName> = z.output<(typeof QUEUE_JOBS)[TName]>;
