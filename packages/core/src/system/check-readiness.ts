import type { TDb } from "@gafus/prisma";
import { connectionTrouble, whenReady, type TRedis } from "@gafus/queues";
import { headBucket, type TStorage } from "@gafus/storage";

export type TCheck = { ok: boolean; latencyMs: number; error?: string };
export type TReadiness = { status: "ready" | "not_ready"; checks: Record<string, TCheck> };

const TIMEOUT_MS = 2000;

async function timed(run: (signal: AbortSignal) => Promise<unknown>): Promise<TCheck> {
  const started = performance.now();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    await Promise.race([
      run(controller.signal),
      new Promise((_, reject) =>
        controller.signal.addEventListener("abort", () => reject(new Error(`timed out after ${TIMEOUT_MS} ms`))),
      ),
    ]);
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, latencyMs: Math.round(performance.now() - started), error: message.slice(0, 200) };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A connection in error since it was last ready (Redis down, refusing, wrong password) is reported at once with its
 * error: waiting out the timeout would only tell the load balancer later, and say less.
 */
async function checkRedis(redis: TRedis): Promise<void> {
  const trouble = redis.status === "ready" ? null : connectionTrouble(redis);
  if (trouble) throw new Error(`redis connection in error: ${trouble}`);
  await whenReady(redis, TIMEOUT_MS);
  await redis.ping();
}

/** Asks each dependency a cheap question in parallel; any failure or timeout makes the app not ready. */
export async function checkReadiness({
  db,
  redis,
  storage,
}: {
  db?: TDb;
  redis?: TRedis;
  storage?: TStorage;
}): Promise<TReadiness> {
  const entries: [string, Promise<TCheck>][] = [];
  if (db) entries.push(["database", timed(() => db.$queryRaw`SELECT 1`)]);
  if (redis) entries.push(["redis", timed(() => checkRedis(redis))]);
  if (storage) entries.push(["s3", timed((signal) => headBucket(storage, signal))]);
  const checks = Object.fromEntries(await Promise.all(entries.map(async ([name, p]) => [name, await p] as const)));
  const ok = Object.values(checks).every((c) => c.ok);
  return { status: ok ? "ready" : "not_ready", checks };
}
