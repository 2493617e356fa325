import { Writable } from "node:stream";
import { testEnv } from "@gafus/config";
import { enrollInCourse, type TEventEnvelope } from "@gafus/core";
import { createLogger, currentContext, runWithContext, type TRequestContext } from "@gafus/logger";
import { bullPrefix, createJobWorker, createQueue, enqueueRecommendation, publishEvents } from "@gafus/queues";
import {
  createTestDatabase,
  createTestRedis,
  makeCourse,
  makeUser,
  type TTestDatabase,
  type TTestRedis,
  waitUntil,
} from "@gafus/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEventsWorker } from "./events-worker";
import { startOutboxRelay } from "./outbox-relay";

let t: TTestDatabase;
let redis: TTestRedis;
beforeAll(async () => {
  [t, redis] = await Promise.all([createTestDatabase(), createTestRedis()]);
});
afterAll(async () => {
  await redis.cleanup();
  await t.drop();
});

describe("the correlation id of a request", () => {
  it("follows its event through the relay to the handler, the handler's log lines and the jobs it starts", async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = createLogger(
      "test",
      new Writable({ write: (chunk, _e, done) => (lines.push(JSON.parse(String(chunk))), done()) }),
    );
    const connection = { url: testEnv().TEST_REDIS_URL, prefix: bullPrefix(redis.prefix), logger };
    const events = createQueue("events", connection);
    const ai = createQueue("ai", connection);
    const handled: { event: TEventEnvelope; context?: TRequestContext }[] = [];
    const eventsWorker = startEventsWorker({
      logger,
      redisUrl: connection.url,
      prefix: connection.prefix,
      handlers: [
        {
          name: "recorder",
          handle: async (event) => {
            handled.push({ event, context: currentContext() });
            logger.info({ eventType: event.eventType }, "handled");
            if (event.eventType === "training.course.enrolled.v1")
              await enqueueRecommendation(ai, { userId: event.data.userId }, event);
          },
        },
      ],
    });
    const jobContexts: (TRequestContext | undefined)[] = [];
    const aiWorker = createJobWorker("ai", async () => void jobContexts.push(currentContext()), connection);
    const relay = startOutboxRelay({ db: t.db, logger, databaseUrl: t.url, publish: (e) => publishEvents(events, e) });

    const student = await makeUser(t.db);
    const course = await makeCourse(t.db, (await makeUser(t.db, { role: "TRAINER" })).id);
    // As the HTTP wrapper runs every request.
    await runWithContext({ requestId: "r-1", correlationId: "c-1" }, () =>
      enrollInCourse({ db: t.db, viewer: student, slug: course.slug }),
    );
    await waitUntil(() => handled.length === 1 && jobContexts.length === 1, 15_000, "the event and its job");

    await relay.stop();
    await Promise.all([eventsWorker.close(), aiWorker.close()]);
    await Promise.all([events.close(), ai.close()]);

    const [{ event, context }] = handled as [(typeof handled)[number]];
    expect(event.metadata.correlationId).toBe("c-1");
    expect(context).toMatchObject({ correlationId: "c-1", requestId: event.eventId });
    expect(lines.find((l) => l.msg === "handled")).toMatchObject({ correlationId: "c-1", requestId: event.eventId });
    expect(jobContexts[0]).toMatchObject({ correlationId: "c-1", requestId: `recommend-${event.eventId}` });
  });

  it("is a fresh one for an event written outside any request", async () => {
    const student = await makeUser(t.db);
    const course = await makeCourse(t.db, (await makeUser(t.db, { role: "TRAINER" })).id);
    await enrollInCourse({ db: t.db, viewer: student, slug: course.slug });
    const row = await t.db.outboxEvent.findFirstOrThrow({ where: { actorId: student.id } });
    expect((row.metadata as { correlationId: string }).correlationId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
