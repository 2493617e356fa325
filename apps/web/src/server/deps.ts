import "server-only";
import { createRateLimiter, type TRateLimiter } from "@gafus/auth";
import { redisEnv } from "@gafus/config";
import { createLogger } from "@gafus/logger";
import { getRedis } from "@gafus/queues";

export const logger = createLogger("web");

let limiter: TRateLimiter | undefined;
export function getLimiter(): TRateLimiter {
  limiter ??= createRateLimiter(getRedis(), redisEnv().REDIS_KEY_PREFIX);
  return limiter;
}
