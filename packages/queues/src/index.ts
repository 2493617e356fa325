export { createRedis, getRedis, whenReady } from "./redis";
export type { TRedis } from "./redis";
export { connectionTrouble, ERROR_LOG_EVERY_MS } from "./connection-errors";
export type { TErrorLogOptions } from "./connection-errors";
export { bullPrefix } from "./connection";
export type { TConnection } from "./connection";
export { QUEUE_NAMES } from "./names";
export type { TQueueName } from "./names";
export { QUEUE_JOBS } from "./queue-jobs";
export type { TQueueJob } from "./queue-jobs";
export { createQueue, DEFAULT_JOB_OPTIONS } from "./queues";
export type { TQueue } from "./queues";
export { upsertSchedule } from "./schedules";
export type { TRepeat } from "./schedules";
export { createJobWorker, MalformedJobError, rateLimitedError } from "./job-worker";
export type { TJobProcessor, TJobWorkerOptions, TTypedJob } from "./job-worker";
export { correlated, correlationIdOf } from "./correlation";
export { publishEvents, ZEventJob } from "./events";
export type { TEventJob } from "./events";
export { createInboxBus } from "./inbox-bus";
export type { TInboxBus } from "./inbox-bus";
export {
  enqueueVideoTranscoding,
  VIDEO_TRANSCODING_JOB_OPTIONS,
  videoTranscodingJobId,
  ZVideoTranscodingJob,
} from "./video-transcoding";
export type { TVideoTranscodingJob } from "./video-transcoding";
export { enqueueDeliveries, enqueueTimerEnd, resumeDeliveries, ZDeliveryJob, ZTimerEndJob } from "./push";
export type { TDeliveryJob, TDeliveryToQueue, TDeliveryToResume, TPushQueues, TTimerEndJob } from "./push";
export { AI_DRAFT_ATTEMPTS, enqueueAiDraft, enqueueRecommendation, ZAiDraftJob, ZRecommendJob } from "./ai";
export type { TAiDraftJob, TRecommendJob } from "./ai";
export { enqueueReport, REPORT_ATTEMPTS, ZReportJob } from "./reports";
export type { TReportJob } from "./reports";
