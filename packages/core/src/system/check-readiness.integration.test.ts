import { once } from "node:events";
import net from "node:net";
import { Writable } from "node:stream";
import { createLogger } from "@gafus/logger";
import { createRedis } from "@gafus/queues";
import { createTestBucket, createTestDatabase, startRedisServer, type TTestDatabase } from "@gafus/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkReadiness } from "./check-readiness";

let t: TTestDatabase;
let bucket: Awaited<ReturnType<typeof createTestBucket>>;
beforeAll(async () => {
  [t, bucket] = await Promise.all([createTestDatabase(), createTestBucket()]);
});
afterAll(async () => {
  await Promise.all([t.drop(), bucket.cleanup()]);
});

describe("checkReadiness", () => {
  it("is ready while PostgreSQL, Redis and S3 answer, and not ready once Redis is stopped", async () => {
    // A Redis of this test's own, so stopping it disturbs nothing else.
    const server = await startRedisServer();
    const redis = createRedis("producer", server.url, { retryStrategy: () => 200 });

    const up = await checkReadiness({ db: t.db, redis, storage: bucket });
    expect(up.status).toBe("ready");
    expect(Object.keys(up.checks).sort()).toEqual(["database", "redis", "s3"]);

    await server.stop("SIGKILL");
    const down = await checkReadiness({ db: t.db, redis, storage: bucket });
    expect(down.status).toBe("not_ready");
    expect(down.checks.redis?.ok).toBe(false);
    expect(down.checks.database?.ok).toBe(true);
    expect(down.checks.s3?.ok).toBe(true);
    redis.disconnect();
  });

  it("a producer at a closed port logs one line however many commands fail, and readiness says redis is down", async () => {
    const listener = net.createServer().listen(0, "127.0.0.1");
    await once(listener, "listening");
    const { port } = listener.address() as net.AddressInfo;
    await new Promise((resolve) => listener.close(resolve));
    const lines: { msg: string; connection?: string }[] = [];
    const logger = createLogger(
      "test",
      new Writable({ write: (chunk, _e, done) => (lines.push(JSON.parse(String(chunk))), done()) }),
    );
    // Reconnecting every 50 ms: dozens of connection errors during this test, besides the commands' own failures.
    const redis = createRedis("producer", `redis://127.0.0.1:${port}`, { retryStrategy: () => 50 }, { logger });
    const failed = await Promise.allSettled(Array.from({ length: 30 }, () => redis.set("k", "v")));
    expect(failed.every((r) => r.status === "rejected")).toBe(true);
    await new Promise((r) => setTimeout(r, 1000));

    const down = await checkReadiness({ redis });
    redis.disconnect();
    expect(down.status).toBe("not_ready");
    expect(down.checks.redis).toMatchObject({ ok: false, error: expect.stringContaining("ECONNREFUSED") });
    // Reported from the connection's own error, not after the readiness timeout.
    expect(down.checks.redis!.latencyMs).toBeLessThan(1500);
    expect(lines.filter((l) => l.msg === "redis connection error")).toEqual([
      expect.objectContaining({ connection: "redis producer" }),
    ]);
  });

  it("reports a missing bucket as not ready", async () => {
    const missing = { client: bucket.client, bucket: "no-such-bucket-here" };
    const result = await checkReadiness({ storage: missing });
    expect(result).toMatchObject({ status: "not_ready", checks: { s3: { ok: false } } });
  });
});
