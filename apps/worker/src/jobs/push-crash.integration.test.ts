import { testEnv } from "@gafus/config";
import { fanOutNotifications, topicFor } from "@gafus/core";
import { bullPrefix, createQueue, enqueueDeliveries } from "@gafus/queues";
import {
  createTestDatabase,
  createTestRedis,
  makeUser,
  startFakePushService,
  startWorkerProcess,
  type TFakePushService,
  type TTestDatabase,
  type TTestRedis,
  waitUntil,
} from "@gafus/testing";
import webpush from "web-push";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let t: TTestDatabase;
let redis: TTestRedis;
let pushService: TFakePushService;
const vapid = webpush.generateVAPIDKeys();
const BATCH = 200;

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

const workerEnv = () => ({
  DATABASE_URL: t.url,
  REDIS_URL: testEnv().TEST_REDIS_URL,
  REDIS_KEY_PREFIX: redis.prefix,
  VAPID_PUBLIC_KEY: vapid.publicKey,
  VAPID_PRIVATE_KEY: vapid.privateKey,
  // The fake push service's self-signed certificate, trusted the way an operator would trust a private CA.
  NODE_EXTRA_CA_CERTS: pushService.caFile,
  PUSH_WEB_PER_SECOND: "100",
  PUSH_SENDING_LEASE_MS: "1500",
  PUSH_SWEEP_EVERY_MS: "500",
  JOB_LOCK_MS: "2000",
});

describe("push worker killed mid-batch", () => {
  it("delivers every one of 200 pushes exactly once after SIGKILL and a restart, and stops gracefully on SIGTERM", async () => {
    // Four students with 50 browsers each: one notification each fans out to 200 deliveries.
    const notificationIds: string[] = [];
    for (let u = 0; u < BATCH / 50; u++) {
      const user = await makeUser(t.db);
      await t.db.pushSubscription.createMany({
        data: Array.from({ length: 50 }, (_, i) => {
          const s = pushService.subscription(`u${u}-b${i}`);
          return { userId: user.id, endpoint: s.endpoint, p256dh: s.keys.p256dh, auth: s.keys.auth };
        }),
      });
      const n = await t.db.notification.create({ data: { userId: user.id, kind: "badge_awarded", channel: "IN_APP" } });
      notificationIds.push(n.id);
    }
    const planned = await fanOutNotifications({ db: t.db, notificationIds });
    expect(planned).toHaveLength(BATCH);

    const first = await startWorkerProcess(workerEnv());
    const push = createQueue("push", { url: testEnv().TEST_REDIS_URL, prefix: bullPrefix(redis.prefix) });
    const telegram = createQueue("push-telegram", { url: testEnv().TEST_REDIS_URL, prefix: bullPrefix(redis.prefix) });
    await enqueueDeliveries({ push, telegram }, planned);

    await waitUntil(() => pushService.accepted.length >= 60, 20_000, "the first deliveries");
    // Freeze the push service's answers so requests are in flight (sent, not acknowledged) when the worker dies,
    // and wait until every acknowledged one is committed SENT: then the kill lands on claimed, unanswered rows.
    pushService.setHold(true);
    await waitUntil(
      async () =>
        pushService.heldCount > 0 &&
        (await t.db.notificationDelivery.count({ where: { status: "SENDING" } })) === pushService.heldCount,
      10_000,
      "requests in flight",
    );
    const beforeKill = pushService.accepted.length;
    expect(await first.stop("SIGKILL")).toBeNull();
    await new Promise((r) => setTimeout(r, 300));
    // With the worker dead these are stable: requests it sent that were never answered, and rows it left claimed
    // (those plus any it claimed just before the kill and had not sent yet).
    const inFlight = pushService.heldCount;
    const stuck = await t.db.notificationDelivery.count({ where: { status: "SENDING" } });
    pushService.setHold(false);
    expect(beforeKill).toBeLessThan(BATCH);

    const second = await startWorkerProcess(workerEnv());
    await waitUntil(
      async () => (await t.db.notificationDelivery.count({ where: { status: "SENT" } })) === BATCH,
      60_000,
      "every delivery SENT",
    );
    await new Promise((r) => setTimeout(r, 1500)); // time for any duplicate to show up
    expect(await second.stop("SIGTERM")).toBe(0);
    await Promise.all([push.close(), telegram.close()]);

    const counts = pushService.countsByTopic();
    expect(counts.size).toBe(BATCH);
    expect([...counts.values()].every((c) => c === 1)).toBe(true);
    expect(new Set(planned.map((p) => topicFor(p.id)))).toEqual(new Set(counts.keys()));
    expect(pushService.accepted).toHaveLength(BATCH);
    expect(pushService.rejected).toBe(0);
    // The rows that were in flight at the kill were claimed twice: once by the dead worker, once after the lease.
    expect(await t.db.notificationDelivery.count({ where: { attempts: 2 } })).toBe(stuck);
    expect(inFlight).toBeGreaterThan(0);
    expect(stuck).toBeGreaterThanOrEqual(inFlight);
  }, 120_000);
});
