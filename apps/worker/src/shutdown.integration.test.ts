import { testEnv } from "@gafus/config";
import { fanOutNotifications } from "@gafus/core";
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

beforeAll(async () => {
  t = await createTestDatabase();
  redis = await createTestRedis();
  pushService = await startFakePushService({ vapidPublicKey: vapid.publicKey });
});
afterAll(async () => {
  pushService.setHold(false);
  await pushService.close();
  await redis.cleanup();
  await t.drop();
});

const workerEnv = (extra: Record<string, string> = {}) => ({
  DATABASE_URL: t.url,
  REDIS_URL: testEnv().TEST_REDIS_URL,
  REDIS_KEY_PREFIX: redis.prefix,
  VAPID_PUBLIC_KEY: vapid.publicKey,
  VAPID_PRIVATE_KEY: vapid.privateKey,
  NODE_EXTRA_CA_CERTS: pushService.caFile,
  ...extra,
});

/** One push delivery whose request the (held) push service has received but not answered yet. */
async function deliveryInFlight() {
  const user = await makeUser(t.db);
  const s = pushService.subscription();
  await t.db.pushSubscription.create({
    data: { userId: user.id, endpoint: s.endpoint, p256dh: s.keys.p256dh, auth: s.keys.auth },
  });
  const n = await t.db.notification.create({ data: { userId: user.id, kind: "badge_awarded", channel: "IN_APP" } });
  const planned = await fanOutNotifications({ db: t.db, notificationIds: [n.id] });
  const push = createQueue("push", { url: testEnv().TEST_REDIS_URL, prefix: bullPrefix(redis.prefix) });
  const telegram = createQueue("push-telegram", { url: testEnv().TEST_REDIS_URL, prefix: bullPrefix(redis.prefix) });
  const held = pushService.heldCount;
  await enqueueDeliveries({ push, telegram }, planned);
  await Promise.all([push.close(), telegram.close()]);
  await waitUntil(() => pushService.heldCount > held, 15_000, "the push request in flight");
  return planned[0]!.id;
}

describe("worker SIGTERM", () => {
  it("lets a job in flight finish and commit before it exits 0", async () => {
    pushService.setHold(true);
    const worker = await startWorkerProcess(workerEnv());
    const deliveryId = await deliveryInFlight();
    let exitedAt = 0;
    const exit = worker.stop("SIGTERM").then((code) => ((exitedAt = Date.now()), code));
    await new Promise((r) => setTimeout(r, 700));
    expect(exitedAt).toBe(0); // still waiting for the job
    const releasedAt = Date.now();
    pushService.setHold(false);
    expect(await exit).toBe(0);
    expect(exitedAt).toBeGreaterThanOrEqual(releasedAt);
    expect(await t.db.notificationDelivery.findUnique({ where: { id: deliveryId } })).toMatchObject({
      status: "SENT",
    });
  }, 60_000);

  it("exits 1 with a log line when jobs outlast WORKER_SHUTDOWN_TIMEOUT_MS", async () => {
    pushService.setHold(true);
    const worker = await startWorkerProcess(workerEnv({ WORKER_SHUTDOWN_TIMEOUT_MS: "1000" }));
    const deliveryId = await deliveryInFlight();
    const started = Date.now();
    expect(await worker.stop("SIGTERM")).toBe(1);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(worker.output()).toContain("shutdown deadline passed");
    pushService.setHold(false);
    // The unfinished row is left claimed for the lease to hand it to the next worker, never marked sent.
    expect(await t.db.notificationDelivery.findUnique({ where: { id: deliveryId } })).toMatchObject({
      status: "SENDING",
    });
  }, 60_000);
});
