export { createRedis, getRedis } from "./redis";
export type { TRedis } from "./redis";
export { QUEUE_NAMES } from "./names";
export type { TQueueName } from "./names";
