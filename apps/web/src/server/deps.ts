import "server-only";
import { createRateLimiter, type TRateLimiter } from "@gafus/auth";
import { redisEnv } from "@gafus/config";
import { createLogger } from "@gafus/logger";
import { createInboxBus, getRedis, type TInboxBus } from "@gafus/queues";

export const logger = createLogger("web");

let limiter: TRateLimiter | undefined;
export function getLimiter(): TRateLimiter {
  limiter ??= createRateLimiter(getRedis(), redisEnv().REDIS_KEY_PREFIX);
  return limiter;
}

let inbox: TInboxBus | undefined;
export function getInboxBus(): TInboxBus {
  inbox ??= createInboxBus();
  return inbox;
}
