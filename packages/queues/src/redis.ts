import { redisEnv } from "@gafus/config";
import { Redis, type RedisOptions } from "ioredis";
import { watchConnectionErrors, type TErrorLogOptions } from "./connection-errors";

export type TRedis = Redis;

/**
 * Producers (web requests, rate limits) fail fast when Redis is down instead of queueing commands in memory;
 * workers wait forever (BullMQ requires maxRetriesPerRequest: null for blocking connections).
 */
export function createRedis(
  kind: "producer" | "worker",
  url = redisEnv().REDIS_URL,
  extra: RedisOptions = {},
  log: TErrorLogOptions = {},
): Redis {
  const options: RedisOptions =
    kind === "producer"
      ? { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000, lazyConnect: false }
      : { maxRetriesPerRequest: null, enableReadyCheck: false };
  const redis = new Redis(url, { ...options, ...extra });
  // Callers see failures on their own commands; the connection's own errors (one per reconnect attempt) are logged
  // rate-limited, and readiness reads them.
  watchConnectionErrors(redis, `redis ${kind}`, log);
  return redis;
}

const globalForRedis = globalThis as unknown as { gafusRedis?: Redis };

/** The shared producer connection of this process. */
export function getRedis(): Redis {
  globalForRedis.gafusRedis ??= createRedis("producer");
  return globalForRedis.gafusRedis;
}

/**
 * Waits (briefly) for a connection that is still connecting: with the offline queue off, a command sent in the
 * first milliseconds after start would fail although Redis is fine. Rejects after `timeoutMs`.
 */
export async function whenReady(redis: Redis, timeoutMs = 1000): Promise<void> {
  if (redis.status === "ready") return;
  if (redis.status === "wait") redis.connect().catch(() => {});
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      redis.off("ready", onReady);
      reject(new Error(`Redis not ready after ${timeoutMs} ms (status ${redis.status})`));
    }, timeoutMs);
    const onReady = () => {
      clearTimeout(timer);
      resolve();
    };
    redis.once("ready", onReady);
  });
}
