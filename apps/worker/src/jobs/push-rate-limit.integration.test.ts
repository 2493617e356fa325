import { Writable } from "node:stream";
import { pushEnv, testEnv } from "@gafus/config";
import { createWebPushChannel, fanOutNotifications, topicFor } from "@gafus/core";
import { createLogger } from "@gafus/logger";
import {
  createTestDatabase,
  createTestRedis,
  makeUser,
  startFakePushService,
  type TFakePushService,
  type TTestDatabase,
  type TTestRedis,
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

async function until(check: () => Promise<boolean> | boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

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
    prefix: `${redis.prefix}bull`,
  });
}

describe("push provider rate limits", () => {
  it("sends no more than PUSH_WEB_PER_SECOND per second", async () => {
    const planned = await deliveries(12);
    const before = pushService.accepted.length;
    const push = startWebPush(4);
    await push.enqueue(planned);
    await until(() => pushService.accepted.length - before === 12, 20_000, "every delivery");
    await push.close();
    const times = pushService.accepted.slice(before).map((r) => r.at);
    // BullMQ's limiter counts per window that opens with its first job: 4 per window, so 12 need three windows.
    const windows: number[][] = [];
    for (const at of times) {
      const current = windows.at(-1);
      if (current && at < current[0]! + 900) current.push(at);
      else windows.push([at]);
    }
    expect(windows.map((w) => w.length).every((n) => n <= 4)).toBe(true);
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
    await until(() => pushService.throttledAt.length > throttled, 10_000, "the 429");
    // Deliveries that arrive during the pause wait too: the whole queue is paused, not only the refused job.
    await push.enqueue(others);
    await until(() => pushService.accepted.length - before === 3, 20_000, "every delivery after the pause");
    await new Promise((r) => setTimeout(r, 500)); // time for a duplicate to show up
    await push.close();
    const [refusedAt] = pushService.throttledAt.slice(-1);
    const sent = pushService.accepted.slice(before);
    // Nothing at all went out during the pause, not only the refused delivery.
    expect(sent.every((r) => r.at >= refusedAt! + 1900)).toBe(true);
    const counts = pushService.countsByTopic();
    expect(planned.map((p) => counts.get(topicFor(p.id)))).toEqual([1, 1, 1]);
    const rows = await t.db.notificationDelivery.findMany({ where: { id: { in: planned.map((p) => p.id) } } });
    expect(rows.map((r) => r.status)).toEqual(["SENT", "SENT", "SENT"]);
  }, 30_000);
});
