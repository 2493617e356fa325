import { randomUUID } from "node:crypto";
import { testEnv } from "@gafus/config";
import { UnrecoverableError, Worker } from "bullmq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueueDeliveries, enqueueTimerEnd, resumeDeliveries } from "./push";
import { createQueue } from "./queues";

const prefix = `test-${randomUUID().slice(0, 8)}:bull`;
const url = testEnv().TEST_REDIS_URL;
const push = createQueue("push", { url, prefix });
const telegram = createQueue("push-telegram", { url, prefix });
const reminders = createQueue("reminders", { url, prefix });

beforeAll(() => Promise.all([push.waitUntilReady(), telegram.waitUntilReady(), reminders.waitUntilReady()]));
afterAll(async () => {
  for (const q of [push, telegram, reminders]) {
    await q.obliterate({ force: true });
    await q.close();
  }
});

describe("push and reminder jobs", () => {
  it("one job per delivery, on its channel's queue, retried with exponential backoff and kept when failed", async () => {
    const web = randomUUID();
    const tg = randomUUID();
    const batch = [
      { id: web, channel: "PUSH" as const, delayMs: 60_000 },
      { id: tg, channel: "TELEGRAM" as const },
    ];
    await enqueueDeliveries({ push, telegram }, batch);
    await enqueueDeliveries({ push, telegram }, batch);
    expect(await push.getJobCounts("waiting", "delayed")).toEqual({ waiting: 0, delayed: 1 });
    expect(await telegram.getJobCounts("waiting", "delayed")).toEqual({ waiting: 1, delayed: 0 });
    const job = await push.getJob(web);
    expect(job?.data).toEqual({ deliveryId: web });
    expect(job?.opts).toMatchObject({
      attempts: 5,
      backoff: { type: "exponential", delay: 2000 },
      removeOnFail: { age: 30 * 24 * 3600 },
      delay: 60_000,
    });
    // The job id is the row's id whatever the row's claim count: adding it again is a no-op.
    await enqueueDeliveries({ push, telegram }, [{ id: web, channel: "PUSH" }]);
    expect(await push.getJobCounts("waiting", "delayed")).toEqual({ waiting: 0, delayed: 1 });
  });

  it("the sweeper adds a job only for rows without one and reports rows whose job gave up", async () => {
    const backoff = randomUUID();
    const lost = randomUUID();
    const failedPending = randomUUID();
    const failedSending = randomUUID();
    // As a job in retry backoff is: delayed.
    await enqueueDeliveries({ push, telegram }, [{ id: backoff, channel: "TELEGRAM", delayMs: 60_000 }]);
    await enqueueDeliveries({ push, telegram }, [
      { id: failedPending, channel: "TELEGRAM" },
      { id: failedSending, channel: "TELEGRAM" },
    ]);
    const worker = new Worker(
      "push-telegram",
      async () => {
        throw new UnrecoverableError("provider refused");
      },
      { connection: { url, maxRetriesPerRequest: null }, prefix },
    );
    const deadline = Date.now() + 10_000;
    while (((await telegram.getJobCounts("failed")).failed ?? 0) < 2 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    await worker.close();

    const result = await resumeDeliveries({ push, telegram }, [
      { id: backoff, channel: "TELEGRAM", status: "PENDING" },
      { id: lost, channel: "TELEGRAM", status: "PENDING" },
      { id: failedPending, channel: "TELEGRAM", status: "PENDING" },
      { id: failedSending, channel: "TELEGRAM", status: "SENDING" },
    ]);
    expect(result).toEqual({
      enqueued: [lost],
      retried: [failedSending],
      gaveUp: [{ id: failedPending, reason: "provider refused" }],
    });
    expect(await telegram.getJobState(backoff)).toBe("delayed");
    expect(await telegram.getJobState(lost)).toBe("waiting");
    expect(await telegram.getJobState(failedSending)).toBe("waiting");
    // Retried with a fresh set of attempts, so its next transient error gets a backoff, not the final failure.
    expect((await telegram.getJob(failedSending))?.attemptsMade).toBe(0);
  });

  it("a timer-end job per step run, delayed to the expected end", async () => {
    const timer = {
      eventId: randomUUID(),
      userId: randomUUID(),
      userStepId: randomUUID(),
      runningSince: "2026-06-01T10:00:00.000Z",
      endsAt: "2026-06-01T10:05:00.000Z",
      courseSlug: "c",
      dayNumber: 1,
      stepNumber: 1,
      stepTitle: "Sit",
    };
    const now = Date.parse("2026-06-01T10:01:00.000Z");
    await enqueueTimerEnd(reminders, timer, now);
    await enqueueTimerEnd(reminders, { ...timer, eventId: randomUUID() }, now);
    const jobs = await reminders.getJobs(["delayed"]);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.opts.delay).toBe(4 * 60_000);
    expect(jobs[0]?.id).toBe(`timer_${timer.userStepId}_${Date.parse(timer.runningSince)}`);
  });
});
