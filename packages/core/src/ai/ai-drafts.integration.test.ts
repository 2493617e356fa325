import { createTestDatabase, makeCourse, makeUser, startFakeLlm, type TTestDatabase } from "@gafus/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completeStep } from "../training/complete-step";
import { controlStepTimer } from "../training/control-step-timer";
import { enrollInCourse } from "../training/enroll-in-course";
import { submitExam } from "../training/submit-exam";
import { createAiClient } from "./ai-client";

import { getAiRequest } from "./get-ai-request";
import { requestAiDraft } from "./request-ai-draft";
import { runAiRequest } from "./run-ai-request";

let t: TTestDatabase;
let llm: Awaited<ReturnType<typeof startFakeLlm>>;
beforeAll(async () => {
  t = await createTestDatabase();
  llm = await startFakeLlm();
});
afterAll(async () => {
  await llm.close();
  await t.drop();
});

const config = () => ({ baseUrl: llm.baseUrl, apiKey: "test-key", model: "tiny", timeoutMs: 2000 });

describe("AI client (OpenAI-compatible protocol)", () => {
  it("sends the model and messages with the key and returns the assistant's text", async () => {
    llm.setMode("ok");
    const text = await createAiClient(config()).complete([{ role: "user", content: "Привет" }]);
    expect(text).toMatch(/^Хорошая работа/);
    const last = llm.requests.at(-1)!;
    expect(last).toMatchObject({ path: "/v1/chat/completions", authorization: "Bearer test-key" });
    expect(last.body).toMatchObject({ model: "tiny", messages: [{ role: "user", content: "Привет" }] });
  });

  it("turns an error answer into ai_failed (502) with the server's reason", async () => {
    llm.setMode("error");
    await expect(createAiClient(config()).complete([{ role: "user", content: "x" }])).rejects.toMatchObject({
      error: "ai_failed",
      status: 502,
      message: "The AI service answered 500: model 'tiny' not found.",
    });
  });

  it("gives up after the timeout instead of hanging", async () => {
    llm.setMode("hang");
    const started = Date.now();
    await expect(
      createAiClient({ ...config(), timeoutMs: 300 }).complete([{ role: "user", content: "x" }]),
    ).rejects.toMatchObject({ error: "ai_failed", message: "The AI service did not answer in time." });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("says it is not configured (503) without a base URL", async () => {
    await expect(
      createAiClient({ model: "tiny", timeoutMs: 100 }).complete([{ role: "user", content: "x" }]),
    ).rejects.toMatchObject({ error: "ai_not_configured", status: 503 });
  });
});

async function pendingExam() {
  const author = await makeUser(t.db, { role: "TRAINER" });
  const student = await makeUser(t.db, { name: "Ольга" });
  const course = await makeCourse(t.db, author.id);
  await enrollInCourse({ db: t.db, viewer: student, slug: course.slug });
  const at = (dayNumber: number, stepNumber: number) => ({
    db: t.db,
    userId: student.id,
    slug: course.slug,
    dayNumber,
    stepNumber,
  });
  const t0 = new Date();
  await controlStepTimer({ ...at(1, 1), action: "start", now: t0 });
  await completeStep({ ...at(1, 1), now: new Date(t0.getTime() + 6000) });
  await completeStep(at(1, 2));
  const { exam } = await submitExam({
    ...at(2, 1),
    submission: { answers: { q1: ["a"] }, writtenAnswer: "Сидит 10 секунд" },
  });
  return { author, student, course, exam };
}

describe("exam feedback drafts", () => {
  it("queues a draft for the exam's reviewer, asks the model and stores the text for that trainer only", async () => {
    llm.setMode("ok");
    const { author, exam } = await pendingExam();
    const request = await requestAiDraft({
      db: t.db,
      actor: author,
      request: { kind: "EXAM_FEEDBACK", subjectId: exam.id },
      isConfigured: true,
    });
    expect(
      await t.db.outboxEvent.count({ where: { aggregateId: request.id, eventType: "ai.request.created.v1" } }),
    ).toBe(1);
    await runAiRequest({ db: t.db, client: createAiClient(config()), requestId: request.id });
    expect(await getAiRequest({ db: t.db, actor: author, requestId: request.id })).toMatchObject({
      status: "READY",
      result: expect.stringMatching(/^Хорошая работа/),
    });
    // The prompt carries the exam (the written answer) and asks for the trainer's language (ru).
    const prompt = llm.requests
      .at(-1)!
      .body.messages.map((m) => m.content)
      .join("\n");
    expect(prompt).toContain("Сидит 10 секунд");
    expect(prompt).toContain("Russian");
    // A second run of the same request (redelivered job) does not ask again.
    const before = llm.requests.length;
    expect(await runAiRequest({ db: t.db, client: createAiClient(config()), requestId: request.id })).toMatchObject({
      skipped: true,
    });
    expect(llm.requests.length).toBe(before);
    const other = await makeUser(t.db, { role: "TRAINER" });
    await expect(getAiRequest({ db: t.db, actor: other, requestId: request.id })).rejects.toMatchObject({
      status: 404,
    });
  });

  it("refuses other trainers (404), students (403) and an unconfigured server (503), writing nothing", async () => {
    const { author, student, exam } = await pendingExam();
    const other = await makeUser(t.db, { role: "TRAINER" });
    const request = { kind: "EXAM_FEEDBACK" as const, subjectId: exam.id };
    await expect(requestAiDraft({ db: t.db, actor: other, request, isConfigured: true })).rejects.toMatchObject({
      status: 404,
    });
    await expect(requestAiDraft({ db: t.db, actor: student, request, isConfigured: true })).rejects.toMatchObject({
      status: 403,
    });
    await expect(requestAiDraft({ db: t.db, actor: author, request, isConfigured: false })).rejects.toMatchObject({
      error: "ai_not_configured",
      status: 503,
    });
    expect(await t.db.aiRequest.count({ where: { subjectId: exam.id } })).toBe(0);
  });

  it("refuses at run time a requester who lost the right since asking, storing no draft and asking no model", async () => {
    llm.setMode("ok");
    const { author, course, exam } = await pendingExam();
    const examRequest = await requestAiDraft({
      db: t.db,
      actor: author,
      request: { kind: "EXAM_FEEDBACK", subjectId: exam.id },
      isConfigured: true,
    });
    const textRequest = await requestAiDraft({
      db: t.db,
      actor: author,
      request: { kind: "COURSE_TEXT", subjectId: course.id, prompt: "Курс для щенков" },
      isConfigured: true,
    });
    // The course changes hands before the worker gets to the exam draft.
    const heir = await makeUser(t.db, { role: "TRAINER" });
    await t.db.course.update({ where: { id: course.id }, data: { authorId: heir.id } });
    const before = llm.requests.length;
    await expect(
      runAiRequest({ db: t.db, client: createAiClient(config()), requestId: examRequest.id, isLastAttempt: false }),
    ).rejects.toMatchObject({ status: 404 });
    // And the trainer is demoted before the text draft runs (the course back in their hands: the role alone refuses).
    await t.db.course.update({ where: { id: course.id }, data: { authorId: author.id } });
    await t.db.user.update({ where: { id: author.id }, data: { role: "USER" } });
    await expect(
      runAiRequest({ db: t.db, client: createAiClient(config()), requestId: textRequest.id, isLastAttempt: false }),
    ).rejects.toMatchObject({ status: 403 });
    expect(llm.requests.length).toBe(before);
    for (const id of [examRequest.id, textRequest.id]) {
      expect(await t.db.aiRequest.findUnique({ where: { id } })).toMatchObject({ status: "FAILED", result: null });
    }
  });

  it("stores the failure reason on the last attempt when the model answers with an error", async () => {
    llm.setMode("error");
    const { author, course } = await pendingExam();
    const request = await requestAiDraft({
      db: t.db,
      actor: author,
      request: { kind: "COURSE_TEXT", subjectId: course.id, prompt: "Курс для щенков" },
      isConfigured: true,
    });
    await expect(
      runAiRequest({ db: t.db, client: createAiClient(config()), requestId: request.id, isLastAttempt: true }),
    ).rejects.toMatchObject({ error: "ai_failed" });
    expect(await getAiRequest({ db: t.db, actor: author, requestId: request.id })).toMatchObject({
      status: "FAILED",
      error: "The AI service answered 500: model 'tiny' not found.",
    });
  });
});
