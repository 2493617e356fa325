import { testEnv } from "@gafus/config";
import { controlStepTimer, enrollInCourse, saveReminder, ZReminderInput } from "@gafus/core";
import {
  createTestDatabase,
  createTestRedis,
  makeCourse,
  makeUser,
  startFakeTelegramApi,
  startWorkerProcess,
  type TFakeTelegramApi,
  type TTestDatabase,
  type TTestRedis,
  waitUntil,
} from "@gafus/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let t: TTestDatabase;
let redis: TTestRedis;
let telegram: TFakeTelegramApi;
const TOKEN = "4242:fake-token";

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

describe("two workers running the schedulers at once", () => {
  it("send every reminder occurrence and every re-engagement level once, and a step timer's end once", async () => {
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const course = await makeCourse(t.db, trainer.id);
    const DAY = 24 * 3600_000;
    let chat = 7_000_000;
    const withChat = async () => {
      const user = await makeUser(t.db);
      await t.db.user.update({ where: { id: user.id }, data: { telegramChatId: String(++chat), locale: "en" } });
      return { ...user, chatId: String(chat) };
    };
    const reminderChats: string[] = [];
    for (let i = 0; i < 20; i++) {
      const user = await withChat();
      const reminder = await saveReminder({
        db: t.db,
        userId: user.id,
        input: ZReminderInput.parse({ title: `Reminder ${i}`, daysOfWeek: [1, 2, 3, 4, 5, 6, 7], time: "09:00" }),
      });
      // Due a minute ago, as if the scan had just come round.
      await t.db.reminder.update({ where: { id: reminder.id }, data: { nextRunAt: new Date(Date.now() - 60_000) } });
      reminderChats.push(user.chatId);
    }
    const inactiveChats: string[] = [];
    for (let i = 0; i < 10; i++) {
      const user = await withChat();
      const pet = await t.db.pet.create({ data: { ownerId: user.id, name: "Rex" } });
      await enrollInCourse({ db: t.db, viewer: user, slug: course.slug, petId: pet.id });
      await t.db.user.update({ where: { id: user.id }, data: { lastActiveAt: new Date(Date.now() - 13 * DAY) } });
      inactiveChats.push(user.chatId);
    }
    const timerStudent = await withChat();
    const pet = await t.db.pet.create({ data: { ownerId: timerStudent.id, name: "Rex" } });
    await enrollInCourse({ db: t.db, viewer: timerStudent, slug: course.slug, petId: pet.id });

    const env = {
      DATABASE_URL: t.url,
      REDIS_URL: testEnv().TEST_REDIS_URL,
      REDIS_KEY_PREFIX: redis.prefix,
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      REMINDER_SCAN_EVERY_MS: "300",
      REENGAGEMENT_CRON: "* * * * * *",
      // Any hour of the day, whenever the test runs.
      REENGAGEMENT_LOCAL_HOURS: "0-24",
      JOB_LOCK_MS: "3000",
    };
    const workers = await Promise.all([startWorkerProcess(env), startWorkerProcess(env)]);
    // The 5-second training step: its end comes through the outbox, the events queue and a delayed job.
    await controlStepTimer({
      db: t.db,
      userId: timerStudent.id,
      slug: course.slug,
      dayNumber: 1,
      stepNumber: 1,
      action: "start",
    });

    const texts = (chatId: string) => telegram.messages.filter((m) => m.chatId === chatId).map((m) => m.text);
    await waitUntil(
      () =>
        reminderChats.every((c) => texts(c).length > 0) &&
        inactiveChats.every((c) => texts(c).length > 0) &&
        texts(timerStudent.chatId).length > 0,
      30_000,
      "every message",
    );
    // Several more scan ticks of both workers: nothing may be sent again.
    await new Promise((r) => setTimeout(r, 3000));
    const codes = await Promise.all(workers.map((w) => w.stop("SIGTERM")));
    expect(codes).toEqual([0, 0]);

    reminderChats.forEach((c, i) => expect(texts(c)).toEqual([`Reminder ${i}\nYour training reminder`]));
    for (const c of inactiveChats) {
      expect(texts(c)).toEqual([
        "Gafus\nAlmost two weeks without training. Your progress is saved — pick up where you left off.",
      ]);
    }
    expect(texts(timerStudent.chatId)).toEqual(["Timer finished\nStep “Sit for Rex” is ready to finish."]);
    expect(telegram.messages).toHaveLength(reminderChats.length + inactiveChats.length + 1);
    expect(await t.db.reminderRun.count()).toBe(reminderChats.length);
    expect(await t.db.reengagementMessage.count()).toBe(inactiveChats.length);
  }, 90_000);
});
