import { whenReady, type TRedis } from "@gafus/queues";

export type TRateLimitResult = { allowed: boolean; count: number; retryAfterSeconds: number };

/**
 * Fixed-window counters in Redis, shared by every replica. `hit` counts an attempt; `peek` only reads, for limits
 * that count failures after the fact (sign-in per account).
 */
export function createRateLimiter(redis: TRedis, prefix: string) {
  const keyOf = (name: string, subject: string) => `${prefix}rl:${name}:${subject}`;

  async function hit(name: string, subject: string, limit: number, windowSeconds: number): Promise<TRateLimitResult> {
    const key = keyOf(name, subject);
    await whenReady(redis);
    const [[, count], [, ttl]] = (await redis
      .multi()
      .incr(key)
      .expire(key, windowSeconds, "NX")
      .ttl(key)
      .exec()
      .then((rows) => [rows?.[0] ?? [null, 0], rows?.[2] ?? [null, windowSeconds]])) as [
      [unknown, number],
      [unknown, number],
    ];
    return { allowed: count <= limit, count, retryAfterSeconds: Math.max(1, ttl) };
  }

  async function peek(name: string, subject: string, limit: number): Promise<TRateLimitResult> {
    const key = keyOf(name, subject);
    await whenReady(redis);
    const [count, ttl] = await Promise.all([redis.get(key), redis.ttl(key)]);
    const n = Number(count ?? 0);
    return { allowed: n < limit, count: n, retryAfterSeconds: Math.max(1, ttl) };
  }

  async function reset(name: string, subject: string): Promise<void> {
    await redis.del(keyOf(name, subject));
  }

  return { hit, peek, reset };
}

export type TRateLimiter = ReturnType<typeof createRateLimiter>;
