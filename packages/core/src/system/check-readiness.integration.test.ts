import { spawn } from "node:child_process";
import { once } from "node:events";
import net from "node:net";
import { createRedis } from "@gafus/queues";
import { createTestBucket, createTestDatabase, type TTestDatabase } from "@gafus/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkReadiness } from "./check-readiness";

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as net.AddressInfo;
  server.close();
  return port;
}

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
    const port = await freePort();
    const server = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]);
    const redis = createRedis("producer", `redis://127.0.0.1:${port}`, { lazyConnect: true, retryStrategy: () => 200 });
    for (let i = 0; i < 50 && redis.status !== "ready"; i++) {
      await redis.connect().catch(() => new Promise((r) => setTimeout(r, 100)));
    }

    const up = await checkReadiness({ db: t.db, redis, storage: bucket });
    expect(up.status).toBe("ready");
    expect(Object.keys(up.checks).sort()).toEqual(["database", "redis", "s3"]);

    server.kill("SIGKILL");
    await once(server, "exit");
    const down = await checkReadiness({ db: t.db, redis, storage: bucket });
    expect(down.status).toBe("not_ready");
    expect(down.checks.redis?.ok).toBe(false);
    expect(down.checks.database?.ok).toBe(true);
    expect(down.checks.s3?.ok).toBe(true);
    redis.disconnect();
  });

  it("reports a missing bucket as not ready", async () => {
    const missing = { client: bucket.client, bucket: "no-such-bucket-here" };
    const result = await checkReadiness({ storage: missing });
    expect(result).toMatchObject({ status: "not_ready", checks: { s3: { ok: false } } });
  });
});
