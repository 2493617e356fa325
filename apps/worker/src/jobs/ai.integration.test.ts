import { randomUUID } from "node:crypto";
import { Writable } from "node:stream";
import { testEnv } from "@gafus/config";
import { enrollInCourse, requestAiDraft, type TEventEnvelope } from "@gafus/core";
import { createLogger } from "@gafus/logger";
import { createTestDatabase, makeCourse, makeUser, startFakeLlm, type TTestDatabase, readUntil } from "@gafus/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAiJobs } from "./ai";

let t: TTestDatabase;
let jobs: ReturnType<typeof startAiJobs>;
let llm: Awaited<ReturnType<typeof startFakeLlm>>;
const logger = createLogger("test", new Writable({ write: (_c, _e, done) => done() }));

beforeAll(async () => {
  t = await createTestDatabase();
  llm = await startFakeLlm("Rewritten course text.");
  jobs = startAiJobs({
    db: t.db,
    logger,
    redisUrl: testEnv().TEST_REDIS_URL,
    prefix: `test:${randomUUID().slice(0, 8)}:bull`,
    ai: {
      AI_BASE_URL: llm.baseUrl,
      AI_API_KEY: undefined,
      AI_MODEL: "tiny",
      AI_TIMEOUT_MS: 2000,
      AI_JOBS_PER_MINUTE: 600,
      AI_RATE_LIMIT_GIVE_UP_MS: 60_000,
    },
  });
});
afterAll(async () => {
  await jobs.close();
  await llm.close();
  await t.drop();
});

async function envelopeOf(where: {
  aggregateId?: string;
  eventType: string;
  actorId?: string;
}): Promise<TEventEnvelope> {
  const row = await t.db.outboxEvent.findFirstOrThrow({ where, orderBy: { createdAt: "desc" } });
  return {
    eventId: row.id,
    eventType: row.eventType,
    timestamp: row.createdAt.toISOString(),
    actorId: row.actorId,
    data: row.data as Record<string, unknown>,
    metadata: row.metadata as Record<string, unknown>,
  } as TEventEnvelope;
}

describe("ai queue", () => {
  it("refreshes a student's recommendations after an enrolment event", async () => {
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const first = await makeCourse(t.db, trainer.id, {
      title: "Recall basics",
      description: "Recall whistle training",
    });
    const second = await makeCourse(t.db, trainer.id, { title: "Recall at the park", description: "Whistle recall" });
    const student = await makeUser(t.db);
    await enrollInCourse({ db: t.db, viewer: student, slug: first.slug });
    await jobs.eventHandler.handle(await envelopeOf({ eventType: "training.course.enrolled.v1", actorId: student.id }));
    const rows = await readUntil(
      () => t.db.recommendation.findMany({ where: { userId: student.id }, orderBy: { score: "desc" } }),
      (r) => r.length > 0,
    );
    expect(rows[0]).toMatchObject({ courseId: second.id });
    expect(JSON.parse(rows[0]!.reason)).toEqual({ kind: "similar", title: "Recall basics" });
  });

  it("runs a course-text draft through the queue against the OpenAI-compatible endpoint", async () => {
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const course = await makeCourse(t.db, trainer.id);
    const request = await requestAiDraft({
      db: t.db,
      actor: trainer,
      request: { kind: "COURSE_TEXT", subjectId: course.id, prompt: "Курс про щенков" },
      isConfigured: true,
    });
    await jobs.eventHandler.handle(await envelopeOf({ aggregateId: request.id, eventType: "ai.request.created.v1" }));
    const done = await readUntil(
      () => t.db.aiRequest.findUniqueOrThrow({ where: { id: request.id } }),
      (r) => r.status === "READY" || r.status === "FAILED",
    );
    expect(done).toMatchObject({ status: "READY", result: "Rewritten course text." });
    expect(llm.requests.at(-1)!.body.messages.at(-1)).toEqual({ role: "user", content: "Курс про щенков" });
  });

  it("waits out the provider's 429 for its Retry-After, then makes the draft without spending an attempt", async () => {
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const course = await makeCourse(t.db, trainer.id);
    const request = await requestAiDraft({
      db: t.db,
      actor: trainer,
      request: { kind: "COURSE_TEXT", subjectId: course.id, prompt: "Курс про отзыв" },
      isConfigured: true,
    });
    // Two 429s in a row: more than the job's two attempts, so only a pause that spends none can end READY.
    llm.busy(2, 1);
    const before = llm.requests.length;
    await jobs.eventHandler.handle(await envelopeOf({ aggregateId: request.id, eventType: "ai.request.created.v1" }));
    const running = await readUntil(
      () => t.db.aiRequest.findUniqueOrThrow({ where: { id: request.id } }),
      () => llm.requests.length >= before + 1,
    );
    expect(running.status).not.toBe("FAILED");
    const done = await readUntil(
      () => t.db.aiRequest.findUniqueOrThrow({ where: { id: request.id } }),
      (r) => r.status === "READY" || r.status === "FAILED",
    );
    expect(done).toMatchObject({ status: "READY", result: "Rewritten course text." });
    const asked = llm.requests.slice(before).map((r) => r.at);
    expect(asked).toHaveLength(3);
    // Each ask came after the previous answer's Retry-After (1 s), not at once.
    expect(asked[1]! - asked[0]!).toBeGreaterThanOrEqual(950);
    expect(asked[2]! - asked[1]!).toBeGreaterThanOrEqual(950);
  });

  it("gives a draft up when the 429s outlast AI_RATE_LIMIT_GIVE_UP_MS, and a spent quota like any failure", async () => {
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const course = await makeCourse(t.db, trainer.id);
    const ask = async (prompt: string) => {
      const request = await requestAiDraft({
        db: t.db,
        actor: trainer,
        request: { kind: "COURSE_TEXT", subjectId: course.id, prompt },
        isConfigured: true,
      });
      return request.id;
    };
    const settle = (id: string) =>
      readUntil(
        () => t.db.aiRequest.findUniqueOrThrow({ where: { id } }),
        (r) => r.status === "READY" || r.status === "FAILED",
      );
    const old = await ask("Курс про апорт");
    // Asked two minutes ago: past the 60 s this worker waits out rate limits.
    await t.db.aiRequest.update({ where: { id: old }, data: { createdAt: new Date(Date.now() - 120_000) } });
    llm.busy(1, 1);
    await jobs.eventHandler.handle(await envelopeOf({ aggregateId: old, eventType: "ai.request.created.v1" }));
    expect(await settle(old)).toMatchObject({ status: "FAILED", result: null });

    const spent = await ask("Курс про поводок");
    // A spent quota is no rate limit: the draft's two attempts, then FAILED, with no pause in between.
    llm.busy(2, 60, "insufficient_quota");
    const before = llm.requests.length;
    await jobs.eventHandler.handle(await envelopeOf({ aggregateId: spent, eventType: "ai.request.created.v1" }));
    const failed = await settle(spent);
    expect(failed).toMatchObject({ status: "FAILED", result: null });
    expect(failed.error).toContain("429");
    expect(llm.requests.length - before).toBe(2);
  });
});
