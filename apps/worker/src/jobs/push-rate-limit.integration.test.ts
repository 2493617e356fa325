import { Writable } from "node:stream";
import { pushEnv, testEnv } from "@gafus/config";
import { createWebPushChannel, fanOutNotifications, topicFor } from "@gafus/core";
import { createLogger } from "@gafus/logger";
import { bullPrefix, createQueue } from "@gafus/queues";
import {
  createTestDatabase,
  createTestRedis,
  makeUser,
  startFakePushService,
  type TFakePushService,
  type TTestDatabase,
  type TTestRedis,
  waitUntil,
} from "@gafus/testing";
import webpush from "web-push";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPush } from "./push";

let t: TTestDatabase;
let redis: TTestRedis;
let pushService: TFakePushService;
const vapid = webpush.generateVAPIDKeys();
const logger = createLogger("test", new Writable({ write: (_c, _e, done) => done() }));

beforeAll(async () => {
  t = await createTestDatabase();
  redis = await createTestRedis();
  pushService = await startFakePushService({ vapidPublicKey: vapid.publicKey });
});
afterAll(async () => {
  await pushService.close();
  await redis.cleanup();
  await t.drop();
});

/** `count` Web Push deliveries (one student, `count` browsers), committed and planned. */
async function deliveries(count: number) {
  const user = await makeUser(t.db);
  await t.db.pushSubscription.createMany({
    data: Array.from({ length: count }, () => {
      const s = pushService.subscription();
      return { userId: user.id, endpoint: s.endpoint, p256dh: s.keys.p256dh, auth: s.keys.auth };
    }),
  });
  const n = await t.db.notification.create({ data: { userId: user.id, kind: "badge_awarded", channel: "IN_APP" } });
  return fanOutNotifications({ db: t.db, notificationIds: [n.id] });
}

function startWebPush(perSecond: number) {
  return startPush({
    db: t.db,
    logger,
    channels: {
      PUSH: createWebPushChannel({
        publicKey: vapid.publicKey,
        privateKey: vapid.privateKey,
        subject: "mailto:test@gafus.local",
        agent: pushService.agent,
      }),
    },
    env: { ...pushEnv(), PUSH_WEB_PER_SECOND: perSecond },
    redisUrl: testEnv().TEST_REDIS_URL,
    prefix: bullPrefix(redis.prefix),
  });
}

describe("push provider rate limits", () => {
  it("sends no more than PUSH_WEB_PER_SECOND per second", async () => {
    const planned = await deliveries(12);
    const before = pushService.accepted.length;
    const push = startWebPush(4);
    await push.enqueue(planned);
    await waitUntil(() => pushService.accepted.length - before === 12, 20_000, "every delivery");
    await push.close();
    // Timed where BullMQ's limiter counts, when each job was taken (processedOn, set by the same script that counts
    // the window), not when the fake service got the request: TLS and a loaded machine shift arrival times.
    const queue = createQueue("push", { url: testEnv().TEST_REDIS_URL, prefix: bullPrefix(redis.prefix) });
    const jobs = await Promise.all(planned.map((d) => queue.getJob(d.id)));
    await queue.close();
    const times = jobs.map((job) => job!.processedOn!).sort((a, b) => a - b);
    // The limiter's window opens with its first job and lasts 1000 ms: 4 per window, so 12 need three windows.
    const windows: number[][] = [];
    for (const at of times) {
      const current = windows.at(-1);
      if (current && at < current[0]! + 1000) current.push(at);
      else windows.push([at]);
    }
    expect(Math.max(...windows.map((w) => w.length))).toBeLessThanOrEqual(4);
    expect(windows.length).toBeGreaterThanOrEqual(3);
    expect(times.at(-1)! - times[0]!).toBeGreaterThanOrEqual(1800);
  }, 30_000);

  it("pauses the queue for the Retry-After of a 429 and then sends each delivery once", async () => {
    const [first, ...others] = await deliveries(3);
    const planned = [first!, ...others];
    const before = pushService.accepted.length;
    const throttled = pushService.throttledAt.length;
    pushService.throttle(1, 2);
    const push = startWebPush(100);
    await push.enqueue([first!]);
    await waitUntil(() => pushService.throttledAt.length > throttled, 10_000, "the 429");
    // The worker sets the pause just after the 429 reaches it; only then is "during the pause" well defined.
    const queue = createQueue("push", { url: testEnv().TEST_REDIS_URL, prefix: bullPrefix(redis.prefix) });
    await waitUntil(async () => (await queue.getRateLimitTtl(100)) > 0, 5_000, "the queue's pause");
    await queue.close();
    // Deliveries that arrive during the pause wait too: the whole queue is paused, not only the refused job.
    await push.enqueue(others);
    await waitUntil(() => pushService.accepted.length - before === 3, 20_000, "every delivery after the pause");
    await new Promise((r) => setTimeout(r, 500)); // time for a duplicate to show up
    await push.close();
    const [refusedAt] = pushService.throttledAt.slice(-1);
    const sent = pushService.accepted.slice(before);
    // Nothing at all went out during the pause, not only the refused delivery.
    expect(Math.min(...sent.map((r) => r.at)) - refusedAt!).toBeGreaterThanOrEqual(1900);
    const counts = pushService.countsByTopic();
    expect(planned.map((p) => counts.get(topicFor(p.id)))).toEqual([1, 1, 1]);
    const rows = await t.db.notificationDelivery.findMany({ where: { id: { in: planned.map((p) => p.id) } } });
    expect(rows.map((r) => r.status)).toEqual(["SENT", "SENT", "SENT"]);
  }, 30_000);
});
