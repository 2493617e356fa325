import { Writable } from "node:stream";
import { pushEnv, testEnv } from "@gafus/config";
import { fanOutNotifications, markDeliveryFailed, TransientSendError, type TChannels } from "@gafus/core";
import { createLogger } from "@gafus/logger";
import { bullPrefix } from "@gafus/queues";
import {
  createTestDatabase,
  createTestRedis,
  makeUser,
  type TTestDatabase,
  type TTestRedis,
  waitUntil,
} from "@gafus/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPush } from "./push";

let t: TTestDatabase;
let redis: TTestRedis;
const logger = createLogger("test", new Writable({ write: (_c, _e, done) => done() }));

beforeAll(async () => {
  t = await createTestDatabase();
  redis = await createTestRedis();
});
afterAll(async () => {
  await redis.cleanup();
  await t.drop();
});

async function pushDelivery() {
  const user = await makeUser(t.db);
  await t.db.pushSubscription.create({
    data: { userId: user.id, endpoint: `https://push.invalid/${user.id}`, p256dh: "p256dh", auth: "auth" },
  });
  const n = await t.db.notification.create({ data: { userId: user.id, kind: "badge_awarded", channel: "IN_APP" } });
  const [planned] = await fanOutNotifications({ db: t.db, notificationIds: [n.id] });
  return planned!;
}

describe("push sweeper and a delivery in retry backoff", () => {
  it("leaves the row to its own job: one job, one send, and the row ends SENT", async () => {
    const sends: string[] = [];
    const channels: TChannels = {
      PUSH: {
        async send({ deliveryId }) {
          sends.push(deliveryId);
          if (sends.length === 1) throw new TransientSendError("push service 503");
          return "sent";
        },
      },
    };
    // The sweeper runs every 200 ms and considers rows PENDING for 100 ms: many sweeps during the 2 s backoff.
    const env = { ...pushEnv(), PUSH_SWEEP_EVERY_MS: 200, PUSH_RESUME_AFTER_MS: 100 };
    const push = startPush({
      db: t.db,
      logger,
      channels,
      env,
      redisUrl: testEnv().TEST_REDIS_URL,
      prefix: bullPrefix(redis.prefix),
    });
    const delivery = await pushDelivery();
    await push.enqueue([delivery]);
    await waitUntil(() => sends.length === 1, 10_000, "the first attempt");
    await new Promise((r) => setTimeout(r, 1000)); // the sweeper comes round while the job backs off
    const jobs = (await push.queues.push.getJobs()).filter((j) => j.name === "deliver");
    expect(jobs.map((j) => j.id)).toEqual([delivery.id]);
    await waitUntil(
      async () => (await t.db.notificationDelivery.findUnique({ where: { id: delivery.id } }))?.status === "SENT",
      15_000,
      "the retry to send it",
    );
    await new Promise((r) => setTimeout(r, 500));
    await push.close();
    expect(sends).toEqual([delivery.id, delivery.id]);
  }, 30_000);

  it("never marks failed a row another send has claimed within its lease", async () => {
    const delivery = await pushDelivery();
    await t.db.notificationDelivery.update({
      where: { id: delivery.id },
      data: { status: "SENDING", claimedAt: new Date() },
    });
    expect(await markDeliveryFailed({ db: t.db, deliveryId: delivery.id, error: "old job", leaseMs: 60_000 })).toEqual({
      isMarked: false,
    });
    expect(await t.db.notificationDelivery.findUnique({ where: { id: delivery.id } })).toMatchObject({
      status: "SENDING",
    });
    // Past the lease (its sender died) or handed back PENDING, the last failure does count.
    const later = new Date(Date.now() + 61_000);
    expect(
      await markDeliveryFailed({ db: t.db, deliveryId: delivery.id, error: "gave up", leaseMs: 60_000, now: later }),
    ).toEqual({ isMarked: true });
  });
});
