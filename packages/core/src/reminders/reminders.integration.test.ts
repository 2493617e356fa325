import { createPrismaClient } from "@gafus/prisma";
import { createTestDatabase, makeCourse, makeUser, type TTestDatabase } from "@gafus/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { controlStepTimer } from "../training/control-step-timer";
import { enrollInCourse } from "../training/enroll-in-course";
import { deleteReminder } from "./delete-reminder";
import { listReminders } from "./list-reminders";
import { notifyTimerEnd } from "./notify-timer-end";
import { ZReminderInput } from "./reminder-schemas";
import { runDueReminders } from "./run-due-reminders";
import { saveReminder } from "./save-reminder";

let t: TTestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const input = (over: Record<string, unknown> = {}) =>
  ZReminderInput.parse({ title: "Evening walk", daysOfWeek: [1, 3, 5], time: "19:00", ...over });

describe("reminders", () => {
  it("are saved with the profile's time zone and their next run; another student's reminder is 404", async () => {
    const owner = await makeUser(t.db);
    await t.db.user.update({ where: { id: owner.id }, data: { timezone: "Asia/Yekaterinburg" } });
    const now = new Date("2026-06-01T10:00:00Z"); // Monday 15:00 in Yekaterinburg
    const saved = await saveReminder({ db: t.db, userId: owner.id, input: input(), now });
    expect(saved).toMatchObject({ timezone: "Asia/Yekaterinburg", nextRunAt: new Date("2026-06-01T14:00:00Z") });

    const other = await makeUser(t.db);
    await expect(
      saveReminder({ db: t.db, userId: other.id, reminderId: saved.id, input: input({ title: "Mine now" }) }),
    ).rejects.toMatchObject({ error: "not_found", status: 404 });
    await expect(deleteReminder({ db: t.db, userId: other.id, reminderId: saved.id })).rejects.toMatchObject({
      status: 404,
    });
    expect(await listReminders({ db: t.db, userId: other.id })).toEqual([]);
    expect((await listReminders({ db: t.db, userId: owner.id }))[0]).toMatchObject({ title: "Evening walk" });

    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const course = await makeCourse(t.db, trainer.id);
    await expect(
      saveReminder({ db: t.db, userId: owner.id, input: input({ courseId: course.id }) }),
    ).rejects.toMatchObject({ error: "validation_failed" });
    expect(() => input({ time: "25:00" })).toThrow();
    expect(() => input({ daysOfWeek: [] })).toThrow();
    expect(() => input({ timezone: "Mars/Olympus" })).toThrow();

    await deleteReminder({ db: t.db, userId: owner.id, reminderId: saved.id });
    expect(await listReminders({ db: t.db, userId: owner.id })).toEqual([]);
  });

  it("send each occurrence once even when two workers scan at the same moment", async () => {
    const student = await makeUser(t.db);
    const created = new Date("2026-06-01T10:00:00Z");
    const reminder = await saveReminder({
      db: t.db,
      userId: student.id,
      input: input({ timezone: "UTC", time: "11:00", daysOfWeek: [1, 2] }),
      now: created,
    });
    const second = createPrismaClient(t.url, 4);
    const due = new Date("2026-06-01T11:00:30Z");
    const results = await Promise.all([
      runDueReminders({ db: t.db, now: due }),
      runDueReminders({ db: second, now: due }),
      runDueReminders({ db: t.db, now: due }),
    ]);
    await second.$disconnect();
    expect(results.flatMap((r) => r.notificationIds)).toHaveLength(1);
    const notes = await t.db.notification.findMany({ where: { userId: student.id, kind: "reminder" } });
    expect(notes).toHaveLength(1);
    expect(notes[0]!.data).toMatchObject({ title: "Evening walk", reminderId: reminder.id });
    expect(await t.db.reminderRun.count({ where: { reminderId: reminder.id } })).toBe(1);
    expect(await t.db.reminder.findUnique({ where: { id: reminder.id } })).toMatchObject({
      nextRunAt: new Date("2026-06-02T11:00:00Z"),
    });
    // The next scan before Tuesday sends nothing; Tuesday's occurrence is sent once.
    expect((await runDueReminders({ db: t.db, now: new Date("2026-06-01T20:00:00Z") })).notificationIds).toEqual([]);
    expect((await runDueReminders({ db: t.db, now: new Date("2026-06-02T11:01:00Z") })).notificationIds).toHaveLength(
      1,
    );
  });

  it("a disabled reminder never runs", async () => {
    const student = await makeUser(t.db);
    const r = await saveReminder({ db: t.db, userId: student.id, input: input({ enabled: false }) });
    expect(r.nextRunAt).toBeNull();
    await runDueReminders({ db: t.db, now: new Date(Date.now() + 30 * 24 * 3600_000) });
    expect(await t.db.notification.count({ where: { userId: student.id } })).toBe(0);
  });

  it("a step timer's end notifies only if the same run is still going, and marks the student active", async () => {
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const student = await makeUser(t.db);
    const course = await makeCourse(t.db, trainer.id);
    const pet = await t.db.pet.create({ data: { ownerId: student.id, name: "Rex" } });
    await enrollInCourse({ db: t.db, viewer: student, slug: course.slug, petId: pet.id });
    const at = { db: t.db, userId: student.id, slug: course.slug, dayNumber: 1, stepNumber: 1 };
    const start = new Date("2026-06-01T10:00:00Z");
    await controlStepTimer({ ...at, action: "start", now: start });
    // Starting again while running writes no second event.
    await controlStepTimer({ ...at, action: "start", now: new Date(start.getTime() + 1000) });
    const events = await t.db.outboxEvent.findMany({
      where: { eventType: "training.step.timer_started.v1", actorId: student.id },
    });
    expect(events).toHaveLength(1);
    const data = events[0]!.data as Record<string, unknown>;
    expect(data).toMatchObject({ runningSince: start.toISOString(), endsAt: "2026-06-01T10:00:05.000Z" });
    expect((await t.db.user.findUnique({ where: { id: student.id } }))?.lastActiveAt).toEqual(start);

    const timer = { ...(data as never as Parameters<typeof notifyTimerEnd>[0]["timer"]), eventId: events[0]!.id };
    const first = await notifyTimerEnd({ db: t.db, timer });
    expect(first).toMatchObject({ isNew: true });
    // A retry finds the same notification (to finish a fan-out a crash cut short) and writes no second one.
    expect(await notifyTimerEnd({ db: t.db, timer })).toMatchObject({
      notificationId: first!.notificationId,
      isNew: false,
    });

    // Paused and started again: the first run's end job finds a different start and stays silent.
    await controlStepTimer({ ...at, action: "pause", now: new Date(start.getTime() + 2000) });
    await controlStepTimer({ ...at, action: "start", now: new Date(start.getTime() + 3000) });
    const other = { ...timer, eventId: "00000000-0000-4000-8000-000000000001" };
    expect(await notifyTimerEnd({ db: t.db, timer: other })).toBeNull();
    expect(await t.db.notification.count({ where: { userId: student.id, kind: "timer_finished" } })).toBe(1);
  });
});
