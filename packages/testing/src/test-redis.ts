import { randomBytes } from "node:crypto";
import { testEnv } from "@gafus/config";
import { createRedis, type TRedis } from "@gafus/queues";

export type TTestRedis = { redis: TRedis; prefix: string; cleanup: () => Promise<void> };

/** A Redis connection to the test database index with a key prefix of its own, removed afterwards. */
export async function createTestRedis(): Promise<TTestRedis> {
  const prefix = `test:${testEnv().TEST_RUN_ID}:${randomBytes(4).toString("hex")}:`;
  const redis = createRedis("producer", testEnv().TEST_REDIS_URL, { lazyConnect: true });
  await redis.connect();
  return {
    redis,
    prefix,
    cleanup: async () => {
      let cursor = "0";
      do {
        const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 500);
        if (keys.length) await redis.del(...keys);
        cursor = next;
      } while (cursor !== "0");
      redis.disconnect();
    },
  };
}
