import { Writable } from "node:stream";
import { createLogger } from "@gafus/logger";
import { createPrismaClient } from "@gafus/prisma";
import { createTestDatabase, makeCourse, makeUser, type TTestDatabase } from "@gafus/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyTrainingEvent } from "../achievements/apply-training-event";
import { enrollInCourse } from "../training/enroll-in-course";
import { appendOutboxEvent, type TEventEnvelope } from "./outbox";
import { relayOutboxBatch } from "./relay-outbox";

let t: TTestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

describe("outbox relay", () => {
  it("publishes unsent events oldest first and marks them sent; a failed publish leaves them waiting", async () => {
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const student = await makeUser(t.db);
    for (let i = 0; i < 3; i++) {
      const course = await makeCourse(t.db, trainer.id);
      await enrollInCourse({ db: t.db, viewer: student, slug: course.slug });
    }
    const down = () => Promise.reject(new Error("Redis is down"));
    await expect(relayOutboxBatch({ db: t.db, publish: down })).rejects.toThrow("Redis is down");
    expect(await t.db.outboxEvent.count({ where: { sentAt: null } })).toBe(3);

    const published: TEventEnvelope[] = [];
    expect(await relayOutboxBatch({ db: t.db, publish: async (events) => void published.push(...events) })).toBe(3);
    expect(published.map((e) => e.eventType)).toEqual(Array(3).fill("training.course.enrolled.v1"));
    const times = published.map((e) => e.timestamp);
    expect([...times].sort()).toEqual(times);
    expect(await t.db.outboxEvent.count({ where: { sentAt: null } })).toBe(0);
    expect(await relayOutboxBatch({ db: t.db, publish: async () => expect.unreachable() })).toBe(0);
  });
});

describe("two relays draining one backlog", () => {
  it("publish each aggregate's events in the order they were written", async () => {
    const users = await Promise.all([0, 1, 2, 3].map(() => makeUser(t.db)));
    // Interleaved writes, several events of one aggregate in one transaction (same millisecond), as a step, day
    // and course completed together are.
    for (let round = 0; round < 10; round++) {
      for (const user of users) {
        await t.db.$transaction(async (tx) => {
          for (let k = 0; k < 3; k++) {
            await appendOutboxEvent(tx, {
              eventType: "system.outbox.probed.v1",
              aggregateType: "user",
              aggregateId: user.id,
              actorId: user.id,
              data: { seq: round * 3 + k },
            });
          }
        });
      }
    }
    const published: TEventEnvelope[] = [];
    // A slow publish widens the window in which a second relay could overtake the first.
    const publish = async (events: TEventEnvelope[]) => {
      await new Promise((r) => setTimeout(r, 5 + Math.random() * 30));
      published.push(...events);
    };
    const second = createPrismaClient(t.url, 4);
    const drain = async (db: typeof t.db) => {
      for (let idle = 0; idle < 20;) {
        const moved = await relayOutboxBatch({ db, publish, batchSize: 7 });
        idle = moved === 0 ? idle + 1 : 0;
        if (moved === 0) await new Promise((r) => setTimeout(r, 10));
      }
    };
    await Promise.all([drain(t.db), drain(second)]);
    await second.$disconnect();

    expect(published).toHaveLength(120);
    for (const user of users) {
      const seqs = published.filter((e) => e.actorId === user.id).map((e) => (e.data as { seq: number }).seq);
      expect(seqs).toEqual(Array.from({ length: 30 }, (_, i) => i));
    }
    const times = published.map((e) => e.timestamp);
    expect([...times].sort()).toEqual(times);
  });
});

describe("outbox relay and a malformed row", () => {
  it("publishes the good rows around it and sets it aside after a few passes", async () => {
    const user = await makeUser(t.db);
    await t.db.outboxEvent.create({
      data: {
        id: crypto.randomUUID(),
        eventType: "NOT A VALID TYPE",
        aggregateType: "user",
        aggregateId: user.id,
        data: {},
        metadata: {},
      },
    });
    const course = await makeCourse(t.db, (await makeUser(t.db, { role: "TRAINER" })).id);
    await enrollInCourse({ db: t.db, viewer: user, slug: course.slug });
    const published: string[] = [];
    const publish = async (events: TEventEnvelope[]) => void published.push(...events.map((e) => e.eventType));
    expect(await relayOutboxBatch({ db: t.db, publish })).toBe(1);
    expect(published).toEqual(["training.course.enrolled.v1"]);
    for (let i = 0; i < 6; i++) await relayOutboxBatch({ db: t.db, publish });
    const poison = await t.db.outboxEvent.findFirstOrThrow({ where: { eventType: "NOT A VALID TYPE" } });
    expect(poison).toMatchObject({ sentAt: null, attempts: 5 });
    expect(published).toHaveLength(1);
  });
});

describe("outbox relay and the event catalogue", () => {
  it("holds back a row whose data does not fit its type, sets it aside at once and logs why", async () => {
    const row = (id: string, data: object) =>
      t.db.outboxEvent.create({
        data: {
          id,
          eventType: "reports.report.requested.v1",
          aggregateType: "report",
          aggregateId: id,
          data,
          metadata: { correlationId: "c-row" },
        },
      });
    const renamed = crypto.randomUUID();
    const good = crypto.randomUUID();
    await row(renamed, { report: crypto.randomUUID() });
    await row(good, { reportId: crypto.randomUUID() });
    const lines: { msg: string; eventId?: string; issues?: { path: string[] }[] }[] = [];
    const logger = createLogger(
      "test",
      new Writable({ write: (chunk, _e, done) => (lines.push(JSON.parse(String(chunk))), done()) }),
    );
    const published: string[] = [];
    const publish = async (events: TEventEnvelope[]) => void published.push(...events.map((e) => e.eventId));

    expect(await relayOutboxBatch({ db: t.db, publish, logger })).toBe(1);
    expect(published).toEqual([good]);
    // Aside after one pass: the next batches never read it again.
    expect(await t.db.outboxEvent.findUniqueOrThrow({ where: { id: renamed } })).toMatchObject({
      sentAt: null,
      attempts: 5,
    });
    expect(await relayOutboxBatch({ db: t.db, publish, logger })).toBe(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      msg: "outbox row does not fit the event catalogue; set aside, not published",
      eventId: renamed,
    });
    expect(lines[0]!.issues!.map((i) => i.path)).toContainEqual(["data", "reportId"]);
  });
});

describe("achievements from events", () => {
  it("awards a badge once even when the same event is delivered again", async () => {
    const student = await makeUser(t.db);
    const event: TEventEnvelope = {
      eventId: crypto.randomUUID(),
      eventType: "training.step.completed.v1",
      timestamp: new Date().toISOString(),
      actorId: student.id,
      data: {
        userId: student.id,
        courseId: crypto.randomUUID(),
        dayOnCourseId: crypto.randomUUID(),
        stepId: crypto.randomUUID(),
        stepType: "TRAINING",
        completedAt: new Date().toISOString(),
      },
      metadata: { correlationId: crypto.randomUUID() },
    };
    expect(await applyTrainingEvent({ db: t.db, event })).toEqual(["first_step"]);
    expect(await applyTrainingEvent({ db: t.db, event })).toEqual([]);
    expect(await applyTrainingEvent({ db: t.db, event: { ...event, eventId: crypto.randomUUID() } })).toEqual([]);
    expect(await t.db.userAchievement.findMany({ where: { userId: student.id }, select: { code: true } })).toEqual([
      { code: "first_step" },
    ]);
    const awarded = await t.db.outboxEvent.findMany({
      where: { eventType: "achievement.badge.awarded.v1", aggregateId: student.id },
    });
    expect(awarded).toHaveLength(1);
  });
});
