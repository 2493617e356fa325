export { createRedis, getRedis, whenReady } from "./redis";
export type { TRedis } from "./redis";
export { QUEUE_NAMES } from "./names";
export type { TQueueName } from "./names";
export { createQueue, DEFAULT_JOB_OPTIONS } from "./queues";
export { publishEvents } from "./events";
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
