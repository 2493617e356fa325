import { randomUUID } from "node:crypto";
import { testEnv } from "@gafus/config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueueDeliveries, enqueueTimerEnd } from "./push";
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
  it("one job per delivery and claim count, on its channel's queue, retried with exponential backoff and kept when failed", async () => {
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
    const job = await push.getJob(`${web}_a0`);
    expect(job?.data).toEqual({ deliveryId: web });
    expect(job?.opts).toMatchObject({
      attempts: 5,
      backoff: { type: "exponential", delay: 2000 },
      removeOnFail: { age: 30 * 24 * 3600 },
      delay: 60_000,
    });
    // The sweeper's re-enqueue after a claim is a new job id; the claim in the database stops a double send.
    await enqueueDeliveries({ push, telegram }, [{ id: web, channel: "PUSH", attempts: 1 }]);
    expect(await push.getJob(`${web}_a1`)).toBeTruthy();
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
