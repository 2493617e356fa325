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

  it("reports a missing bucket as not ready", async () => {
    const missing = { client: bucket.client, bucket: "no-such-bucket-here" };
    const result = await checkReadiness({ storage: missing });
    expect(result).toMatchObject({ status: "not_ready", checks: { s3: { ok: false } } });
  });
});
