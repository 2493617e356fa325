import { redisEnv } from "@gafus/config";
import { Redis, type RedisOptions } from "ioredis";

export type TRedis = Redis;

/**
 * Producers (web requests, rate limits) fail fast when Redis is down instead of queueing commands in memory;
 * workers wait forever (BullMQ requires maxRetriesPerRequest: null for blocking connections).
 */
export function createRedis(kind: "producer" | "worker", url = redisEnv().REDIS_URL, extra: RedisOptions = {}): Redis {
  const options: RedisOptions =
    kind === "producer"
      ? { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000, lazyConnect: false }
      : { maxRetriesPerRequest: null, enableReadyCheck: false };
  const redis = new Redis(url, { ...options, ...extra });
  // An unhandled 'error' event would crash the process; callers see failures on their own commands instead.
  redis.on("error", () => {});
  return redis;
}

const globalForRedis = globalThis as unknown as { gafusRedis?: Redis };

/** The shared producer connection of this process. */
export function getRedis(): Redis {
  globalForRedis.gafusRedis ??= createRedis("producer");
  return globalForRedis.gafusRedis;
}
