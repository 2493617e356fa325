import { randomUUID } from "node:crypto";
import { Writable } from "node:stream";
import { testEnv } from "@gafus/config";
import { createLogger, currentContext, type TRequestContext } from "@gafus/logger";
import type { Queue } from "bullmq";
import { afterAll, describe, expect, it } from "vitest";
import { createJobWorker } from "./job-worker";
import { createQueue } from "./queues";

const url = testEnv().TEST_REDIS_URL;
const prefix = `test-${randomUUID().slice(0, 8)}:bull`;
const queue = createQueue("reports", { url, prefix });
afterAll(async () => {
  await queue.obliterate({ force: true });
  await queue.close();
});

const until = async (check: () => Promise<boolean>) => {
  for (const deadline = Date.now() + 10_000; !(await check());) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 25));
  }
};

describe("createJobWorker", () => {
  it("runs a valid job in its log context and fails a malformed one at once, without retries, with a log line", async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = createLogger(
      "test",
      new Writable({ write: (chunk, _e, done) => (lines.push(JSON.parse(String(chunk))), done()) }),
    );
    const seen: { data: unknown; context?: TRequestContext }[] = [];
    const worker = createJobWorker(
      "reports",
      async (job) => void seen.push({ data: job.data, context: currentContext() }),
      {
        url,
        prefix,
        logger,
      },
    );
    const reportId = randomUUID();
    await queue.add("report", { reportId, correlationId: "c-9" }, { jobId: "good" });
    // What an old producer, a hand-made job or a renamed field would leave: the untyped handle lets it through.
    const raw = queue as Queue;
    await raw.add("report", { report: reportId }, { jobId: "renamed", attempts: 5 });
    await raw.add("reprot", { reportId }, { jobId: "misnamed", attempts: 5 });
    const settled = async (id: string) => ["completed", "failed"].includes(await queue.getJobState(id));
    await until(async () => (await settled("good")) && (await settled("renamed")) && (await settled("misnamed")));
    await worker.close();

    expect(seen).toEqual([
      { data: { reportId, correlationId: "c-9" }, context: { requestId: "good", correlationId: "c-9" } },
    ]);
    for (const id of ["renamed", "misnamed"]) {
      expect(await queue.getJobState(id)).toBe("failed");
      expect((await queue.getJob(id))?.attemptsMade).toBe(1);
    }
    const malformed = lines.filter((l) => l.msg === "malformed job payload; failed without retrying");
    expect(malformed.map((l) => l.jobId).sort()).toEqual(["misnamed", "renamed"]);
    expect(lines.filter((l) => l.msg === "job failed")).toEqual([]);
  });
});
