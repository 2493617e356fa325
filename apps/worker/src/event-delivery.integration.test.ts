import { randomUUID } from "node:crypto";
import { Writable } from "node:stream";
import { enrollInCourse, type TEventEnvelope } from "@gafus/core";
import { createLogger } from "@gafus/logger";
import { createQueue, publishEvents } from "@gafus/queues";
import {
  createTestDatabase,
  makeCourse,
  makeUser,
  startRedisServer,
  type TTestDatabase,
  waitUntil,
} from "@gafus/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEventsWorker } from "./events-worker";
import { startOutboxRelay } from "./outbox-relay";

let t: TTestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

// Quiet: the relay logs every failed publish while Redis is down, which is the point of this test.
const logger = createLogger("test", new Writable({ write: (_chunk, _encoding, done) => done() }));

describe("event delivery through the outbox", () => {
  it("keeps user actions working while Redis is down and delivers every event exactly once when it returns", async () => {
    const redis = await startRedisServer();
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const student = await makeUser(t.db);
    const courses: { slug: string }[] = [];
    for (let i = 0; i < 50; i++) courses.push(await makeCourse(t.db, trainer.id));
    const prefix = `test-${randomUUID().slice(0, 8)}`;
    const queue = createQueue("events", { url: redis.url, prefix, logger });
    const calls = new Map<string, number>();
    const handler = {
      name: "recorder",
      handle: async (event: TEventEnvelope) => void calls.set(event.eventId, (calls.get(event.eventId) ?? 0) + 1),
    };
    const worker = startEventsWorker({ handlers: [handler], logger, redisUrl: redis.url, prefix, concurrency: 5 });
    const relay = startOutboxRelay({
      db: t.db,
      logger,
      databaseUrl: t.url,
      publish: (events) => publishEvents(queue, events),
    });

    // A real user action (the use case the web app's enrol route calls): the enrolment and its event commit
    // together, and nothing in it waits for Redis.
    const act = (i: number) => enrollInCourse({ db: t.db, viewer: student, slug: courses[i]!.slug });
    for (let i = 0; i < 20; i++) await act(i);
    await waitUntil(() => calls.size === 20);

    await redis.stop();
    for (let i = 20; i < 50; i++) await expect(act(i)).resolves.toBeTruthy();
    await new Promise((r) => setTimeout(r, 1500));
    expect(await t.db.enrollment.count({ where: { userId: student.id } })).toBe(50);
    expect(await t.db.outboxEvent.count({ where: { sentAt: null } })).toBe(30);
    expect(calls.size).toBe(20);

    await redis.start();
    await waitUntil(() => calls.size === 50, 30_000);
    await new Promise((r) => setTimeout(r, 500));
    expect([...calls.values()].every((n) => n === 1)).toBe(true);
    expect(calls.size).toBe(50);
    expect(await t.db.outboxEvent.count({ where: { sentAt: null } })).toBe(0);

    await relay.stop();
    await worker.close();
    await queue.close();
    await redis.stop();
  }, 60_000);
});
