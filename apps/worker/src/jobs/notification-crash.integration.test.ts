import { Writable } from "node:stream";
import { pushEnv, testEnv } from "@gafus/config";
import {
  controlStepTimer,
  createTelegramChannel,
  enrollInCourse,
  saveReminder,
  ZEventEnvelope,
  ZReminderInput,
} from "@gafus/core";
import { createLogger } from "@gafus/logger";
import { bullPrefix } from "@gafus/queues";
import {
  createTestDatabase,
  createTestRedis,
  makeCourse,
  makeUser,
  startFakeTelegramApi,
  type TFakeTelegramApi,
  type TTestDatabase,
  type TTestRedis,
  waitUntil,
} from "@gafus/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPush } from "./push";
import { startReengagement } from "./reengagement";
import { startReminders, type TFanOut } from "./reminders";

let t: TTestDatabase;
let redis: TTestRedis;
let telegram: TFakeTelegramApi;
const TOKEN = "4343:fake-token";
const logger = createLogger("test", new Writable({ write: (_c, _e, done) => done() }));

beforeAll(async () => {
  t = await createTestDatabase();
  redis = await createTestRedis();
  telegram = await startFakeTelegramApi({ token: TOKEN });
});
afterAll(async () => {
  await telegram.close();
  await redis.cleanup();
  await t.drop();
});

describe("a worker crash between the 'sent once' record and the push fan-out", () => {
  it("still delivers each reminder, re-engagement nudge and timer end exactly once", async () => {
    const env = {
      ...pushEnv(),
      PUSH_SWEEP_EVERY_MS: 300,
      PUSH_RESUME_AFTER_MS: 500,
      REMINDER_SCAN_EVERY_MS: 300,
      REENGAGEMENT_LOCAL_HOURS: [0, 24] as [number, number],
    };
    const connection = { redisUrl: testEnv().TEST_REDIS_URL, prefix: bullPrefix(redis.prefix) };
    const push = startPush({
      db: t.db,
      logger,
      channels: { TELEGRAM: createTelegramChannel({ token: TOKEN, apiRoot: telegram.apiRoot }) },
      env,
      ...connection,
    });
    // The first fan-out for each student throws, as a worker killed right after the use case's commit would.
    const crashed = new Set<string>();
    const fanOut: TFanOut = async (input) => {
      const fresh = input.userIds.filter((id) => !crashed.has(id));
      if (fresh.length > 0) {
        fresh.forEach((id) => crashed.add(id));
        throw new Error("worker died before the fan-out");
      }
      return push.enqueue(input.deliveries);
    };

    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const course = await makeCourse(t.db, trainer.id);
    let chat = 8_100_000;
    const student = async () => {
      const user = await makeUser(t.db);
      const chatId = String(++chat);
      await t.db.user.update({ where: { id: user.id }, data: { telegramChatId: chatId, locale: "en" } });
      const pet = await t.db.pet.create({ data: { ownerId: user.id, name: "Rex" } });
      await enrollInCourse({ db: t.db, viewer: user, slug: course.slug, petId: pet.id });
      return { ...user, chatId };
    };

    const withReminder = await student();
    const reminder = await saveReminder({
      db: t.db,
      userId: withReminder.id,
      input: ZReminderInput.parse({ title: "Walk", daysOfWeek: [1, 2, 3, 4, 5, 6, 7], time: "09:00" }),
    });
    await t.db.reminder.update({ where: { id: reminder.id }, data: { nextRunAt: new Date(Date.now() - 60_000) } });
    const inactive = await student();
    await t.db.user.update({
      where: { id: inactive.id },
      data: { lastActiveAt: new Date(Date.now() - 13 * 24 * 3600_000) },
    });
    const withTimer = await student();
    const at = { db: t.db, userId: withTimer.id, slug: course.slug, dayNumber: 1, stepNumber: 1 };
    await controlStepTimer({ ...at, action: "start", now: new Date(Date.now() - 60_000) });
    const started = await t.db.outboxEvent.findFirstOrThrow({
      where: { eventType: "training.step.timer_started.v1", actorId: withTimer.id },
    });

    const reminders = startReminders({ db: t.db, logger, fanOut, env, ...connection });
    const reengagement = startReengagement({ db: t.db, logger, fanOut, env, ...connection });
    await reengagement.queue.add("scan", {});
    // The row as the relay hands it on: checked against the event catalogue.
    await reminders.onEvent(
      ZEventEnvelope.parse({
        eventId: started.id,
        eventType: started.eventType,
        timestamp: started.createdAt.toISOString(),
        actorId: started.actorId,
        data: started.data,
        metadata: started.metadata,
      }),
    );

    const chats = [withReminder.chatId, inactive.chatId, withTimer.chatId];
    const received = (chatId: string) => telegram.messages.filter((m) => m.chatId === chatId).length;
    await waitUntil(() => chats.every((c) => received(c) >= 1), 30_000, "every student's message");
    await new Promise((r) => setTimeout(r, 1500)); // time for a duplicate to show up
    await Promise.all([reminders.close(), reengagement.close()]);
    await push.close();

    expect(crashed.size).toBe(3);
    expect(chats.map(received)).toEqual([1, 1, 1]);
    for (const [user, kind] of [
      [withReminder, "reminder"],
      [inactive, "reengagement"],
      [withTimer, "timer_finished"],
    ] as const) {
      expect(await t.db.notification.count({ where: { userId: user.id, kind } })).toBe(1);
      const rows = await t.db.notificationDelivery.findMany({ where: { userId: user.id }, select: { status: true } });
      expect(rows).toEqual([{ status: "SENT" }]);
    }
  }, 60_000);
});
