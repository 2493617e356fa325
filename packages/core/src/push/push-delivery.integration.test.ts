import {
  createTestDatabase,
  makeUser,
  startFakePushService,
  startFakeTelegramApi,
  type TTestDatabase,
} from "@gafus/testing";
import webpush from "web-push";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateNotificationSettings } from "../notifications/update-notification-settings";
import { topicFor, type TChannels } from "./channels";
import { createTelegramChannel } from "./create-telegram-channel";
import { createWebPushChannel } from "./create-web-push-channel";
import { fanOutNotifications } from "./fan-out-notifications";
import { savePushSubscription } from "./save-push-subscription";
import { sendDelivery } from "./send-delivery";

let t: TTestDatabase;
let pushService: Awaited<ReturnType<typeof startFakePushService>>;
let telegram: Awaited<ReturnType<typeof startFakeTelegramApi>>;
let channels: TChannels;
const LEASE = 60_000;
const vapid = webpush.generateVAPIDKeys();

beforeAll(async () => {
  t = await createTestDatabase();
  pushService = await startFakePushService({ vapidPublicKey: vapid.publicKey });
  telegram = await startFakeTelegramApi({ token: "123:test" });
  channels = {
    PUSH: createWebPushChannel({
      publicKey: vapid.publicKey,
      privateKey: vapid.privateKey,
      subject: "mailto:test@gafus.local",
      agent: pushService.agent,
    }),
    TELEGRAM: createTelegramChannel({ token: "123:test", apiRoot: telegram.apiRoot }),
  };
});
afterAll(async () => {
  await Promise.all([pushService.close(), telegram.close()]);
  await t.drop();
});

async function studentWithChannels({ chatId }: { chatId?: string } = {}) {
  const user = await makeUser(t.db);
  const name = `sub-${user.id.slice(0, 8)}`;
  await savePushSubscription({ db: t.db, userId: user.id, input: pushService.subscription(name) });
  if (chatId) await t.db.user.update({ where: { id: user.id }, data: { telegramChatId: chatId } });
  const notification = await t.db.notification.create({
    data: { userId: user.id, kind: "reminder", data: { title: "Walk" }, channel: "IN_APP" },
  });
  return { user, name, notification };
}

const countFor = (deliveryId: string) => pushService.countsByTopic().get(topicFor(deliveryId)) ?? 0;

describe("push delivery", () => {
  it("fans a notification out to every channel and sends each delivery exactly once", async () => {
    const chatId = "5550001";
    const { user, notification } = await studentWithChannels({ chatId });
    const planned = await fanOutNotifications({ db: t.db, notificationIds: [notification.id] });
    expect(planned.map((p) => p.channel).sort()).toEqual(["PUSH", "TELEGRAM"]);
    expect(await fanOutNotifications({ db: t.db, notificationIds: [notification.id] })).toHaveLength(2);
    expect(await t.db.notificationDelivery.count({ where: { userId: user.id } })).toBe(2);

    for (const d of planned) {
      expect(await sendDelivery({ db: t.db, deliveryId: d.id, channels, leaseMs: LEASE })).toEqual({ outcome: "sent" });
      // A redelivered job finds the row SENT and sends nothing.
      expect(await sendDelivery({ db: t.db, deliveryId: d.id, channels, leaseMs: LEASE })).toEqual({ outcome: "done" });
    }
    const push = planned.find((p) => p.channel === "PUSH")!;
    expect(countFor(push.id)).toBe(1);
    expect(pushService.rejected).toBe(0);
    expect(telegram.messages.filter((m) => m.chatId === chatId)).toEqual([
      { chatId, text: "Walk\nНапоминание о тренировке" },
    ]);
    const rows = await t.db.notificationDelivery.findMany({ where: { userId: user.id } });
    expect(rows.map((r) => r.status)).toEqual(["SENT", "SENT"]);
  });

  it("removes a dead subscription when the push service answers 410", async () => {
    const { user, name, notification } = await studentWithChannels();
    pushService.markGone(name);
    const [d] = await fanOutNotifications({ db: t.db, notificationIds: [notification.id] });
    expect(await sendDelivery({ db: t.db, deliveryId: d!.id, channels, leaseMs: LEASE })).toEqual({ outcome: "gone" });
    expect(await t.db.pushSubscription.count({ where: { userId: user.id } })).toBe(0);
    expect(await t.db.notificationDelivery.findUnique({ where: { id: d!.id } })).toMatchObject({ status: "FAILED" });
  });

  it("skips an opted-out channel and sends nothing for a muted kind", async () => {
    const { user, notification } = await studentWithChannels({ chatId: "5550002" });
    await updateNotificationSettings({
      db: t.db,
      userId: user.id,
      input: { disabledChannels: ["TELEGRAM"], mutedKinds: [], quietStart: null, quietEnd: null },
    });
    const planned = await fanOutNotifications({ db: t.db, notificationIds: [notification.id] });
    expect(planned.map((p) => p.channel)).toEqual(["PUSH"]);
    expect(
      await t.db.notificationDelivery.findFirst({ where: { userId: user.id, channel: "TELEGRAM" } }),
    ).toMatchObject({
      status: "SKIPPED",
    });

    // Muting after the fan-out still applies at send time.
    await updateNotificationSettings({
      db: t.db,
      userId: user.id,
      input: { disabledChannels: ["TELEGRAM"], mutedKinds: ["reminder"], quietStart: null, quietEnd: null },
    });
    expect(await sendDelivery({ db: t.db, deliveryId: planned[0]!.id, channels, leaseMs: LEASE })).toEqual({
      outcome: "skipped",
    });
    expect(countFor(planned[0]!.id)).toBe(0);
    const other = await t.db.notification.create({ data: { userId: user.id, kind: "reminder", channel: "IN_APP" } });
    expect(await fanOutNotifications({ db: t.db, notificationIds: [other.id] })).toEqual([]);
    expect(telegram.messages.some((m) => m.chatId === "5550002")).toBe(false);
  });

  it("delays deliveries in quiet hours until the window ends, in the student's time zone", async () => {
    const { user, notification } = await studentWithChannels();
    await t.db.user.update({ where: { id: user.id }, data: { timezone: "Asia/Tokyo" } });
    await updateNotificationSettings({
      db: t.db,
      userId: user.id,
      input: { disabledChannels: [], mutedKinds: [], quietStart: "22:00", quietEnd: "07:30" },
    });
    // 23:00 in Tokyo is 14:00 UTC; the window ends at 07:30 Tokyo = 22:30 UTC.
    const now = new Date("2026-03-10T14:00:00Z");
    const [d] = await fanOutNotifications({ db: t.db, notificationIds: [notification.id], now });
    expect(d!.delayMs).toBe(8.5 * 3600_000);
    const later = await sendDelivery({ db: t.db, deliveryId: d!.id, channels, leaseMs: LEASE, now });
    expect(later).toEqual({ outcome: "later", reason: "quiet", until: new Date("2026-03-10T22:30:00Z") });
    expect(countFor(d!.id)).toBe(0);
    const after = new Date("2026-03-10T22:31:00Z");
    expect(await sendDelivery({ db: t.db, deliveryId: d!.id, channels, leaseMs: LEASE, now: after })).toEqual({
      outcome: "sent",
    });
    expect(countFor(d!.id)).toBe(1);
  });

  it("leaves a row claimed by a live worker alone and takes it over once the lease has run out", async () => {
    const { notification } = await studentWithChannels();
    const [d] = await fanOutNotifications({ db: t.db, notificationIds: [notification.id] });
    const claimedAt = new Date(Date.now() - 10_000);
    // As a worker that claimed the row and died before sending leaves it.
    await t.db.notificationDelivery.update({
      where: { id: d!.id },
      data: { status: "SENDING", claimedAt, attempts: 1 },
    });
    const busy = await sendDelivery({ db: t.db, deliveryId: d!.id, channels, leaseMs: LEASE });
    expect(busy).toMatchObject({ outcome: "later", reason: "busy" });
    expect(countFor(d!.id)).toBe(0);
    expect(await sendDelivery({ db: t.db, deliveryId: d!.id, channels, leaseMs: 5_000 })).toEqual({ outcome: "sent" });
    expect(countFor(d!.id)).toBe(1);
    expect(await t.db.notificationDelivery.findUnique({ where: { id: d!.id } })).toMatchObject({
      status: "SENT",
      attempts: 2,
    });
  });

  it("hands a row back for the retry when the provider fails, and marks a blocked Telegram chat failed", async () => {
    const { user, notification } = await studentWithChannels({ chatId: "5550003" });
    telegram.block("5550003");
    const planned = await fanOutNotifications({ db: t.db, notificationIds: [notification.id] });
    const tg = planned.find((p) => p.channel === "TELEGRAM")!;
    expect(await sendDelivery({ db: t.db, deliveryId: tg.id, channels, leaseMs: LEASE })).toEqual({ outcome: "gone" });
    const push = planned.find((p) => p.channel === "PUSH")!;
    const broken: TChannels = { PUSH: { send: () => Promise.reject(new Error("connection reset")) } };
    await expect(sendDelivery({ db: t.db, deliveryId: push.id, channels: broken, leaseMs: LEASE })).rejects.toThrow(
      "connection reset",
    );
    expect(await t.db.notificationDelivery.findUnique({ where: { id: push.id } })).toMatchObject({
      status: "PENDING",
      attempts: 1,
      error: "connection reset",
    });
    expect(await t.db.pushSubscription.findFirst({ where: { userId: user.id } })).toMatchObject({ failures: 1 });
  });

  it("unlinks a Telegram chat that blocked the bot or no longer exists, so later notifications skip it", async () => {
    for (const [chatId, gone] of [
      ["5550010", () => telegram.block("5550010")],
      ["5550011", () => telegram.forget("5550011")],
    ] as const) {
      const { user, notification } = await studentWithChannels({ chatId });
      const planned = await fanOutNotifications({ db: t.db, notificationIds: [notification.id] });
      const tg = planned.find((p) => p.channel === "TELEGRAM")!;
      // A second notification planned before the first send finds the chat gone.
      const next = await t.db.notification.create({ data: { userId: user.id, kind: "reminder", channel: "IN_APP" } });
      const [nextTg] = (await fanOutNotifications({ db: t.db, notificationIds: [next.id] })).filter(
        (p) => p.channel === "TELEGRAM",
      );
      gone();
      expect(await sendDelivery({ db: t.db, deliveryId: tg.id, channels, leaseMs: LEASE })).toEqual({
        outcome: "gone",
      });
      expect(await t.db.user.findUnique({ where: { id: user.id } })).toMatchObject({ telegramChatId: null });
      expect(await t.db.notificationDelivery.findUnique({ where: { id: tg.id } })).toMatchObject({ status: "FAILED" });
      expect(await sendDelivery({ db: t.db, deliveryId: nextTg!.id, channels, leaseMs: LEASE })).toEqual({
        outcome: "skipped",
      });
      const later = await t.db.notification.create({ data: { userId: user.id, kind: "reminder", channel: "IN_APP" } });
      const planLater = await fanOutNotifications({ db: t.db, notificationIds: [later.id] });
      expect(planLater.map((p) => p.channel)).toEqual(["PUSH"]);
    }
  });

  it("fails a delivery Telegram refuses for another reason (400) at once, and keeps the chat linked", async () => {
    const chatId = "5550012";
    const { user, notification } = await studentWithChannels({ chatId });
    telegram.reject(chatId, "message is too long");
    const planned = await fanOutNotifications({ db: t.db, notificationIds: [notification.id] });
    const tg = planned.find((p) => p.channel === "TELEGRAM")!;
    expect(await sendDelivery({ db: t.db, deliveryId: tg.id, channels, leaseMs: LEASE })).toEqual({
      outcome: "failed",
    });
    expect(await t.db.notificationDelivery.findUnique({ where: { id: tg.id } })).toMatchObject({
      status: "FAILED",
      error: "telegram 400: Bad Request: message is too long",
    });
    expect(await t.db.user.findUnique({ where: { id: user.id } })).toMatchObject({ telegramChatId: chatId });
  });
});
