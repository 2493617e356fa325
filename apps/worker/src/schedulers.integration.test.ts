import { randomUUID } from "node:crypto";
import { Writable } from "node:stream";
import { testEnv } from "@gafus/config";
import { createLogger } from "@gafus/logger";
import { createQueue } from "@gafus/queues";
import { headObjectSize, putObject } from "@gafus/storage";
import { createTestBucket, createTestDatabase, makeCourse, makeUser, type TTestDatabase } from "@gafus/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSchedulers } from "./schedulers";

let t: TTestDatabase;
let bucket: Awaited<ReturnType<typeof createTestBucket>>;
const logger = createLogger("test", new Writable({ write: (_c, _e, done) => done() }));
beforeAll(async () => {
  [t, bucket] = await Promise.all([createTestDatabase(), createTestBucket()]);
});
afterAll(async () => {
  await Promise.all([t.drop(), bucket.cleanup()]);
});

describe("exam-cleanup queue", () => {
  it("a cleanup job run by the worker deletes exam videos past retention from S3 and forgets their keys", async () => {
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const student = await makeUser(t.db);
    const course = await makeCourse(t.db, trainer.id);
    const placement = await t.db.dayOnCourse.findFirstOrThrow({
      where: { courseId: course.id },
      include: { day: { include: { steps: true } } },
    });
    const DAY = 24 * 3600_000;
    const submissions = [];
    for (const [index, age] of [91, 10].entries()) {
      const key = `exams/${student.id}/${age}-days.mp4`;
      await putObject(bucket, key, "video", "video/mp4");
      const attempt = await t.db.userStep.create({
        data: { userId: student.id, dayOnCourseId: placement.id, stepOnDayId: placement.day.steps[index]!.id },
      });
      submissions.push(
        await t.db.examSubmission.create({
          data: {
            userId: student.id,
            userStepId: attempt.id,
            videoKey: key,
            createdAt: new Date(Date.now() - age * DAY),
          },
        }),
      );
    }
    const connection = { redisUrl: testEnv().TEST_REDIS_URL, prefix: `test:${randomUUID().slice(0, 8)}:bull` };
    const schedulers = startSchedulers({ db: t.db, storage: bucket, logger, ...connection });
    const queue = createQueue("exam-cleanup", { url: connection.redisUrl, prefix: connection.prefix });
    const job = await queue.add("cleanup", {});
    const deadline = Date.now() + 15_000;
    while (!["completed", "failed"].includes(await job.getState()) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    const done = await queue.getJob(job.id!);
    const state = await done?.getState();
    await schedulers.close();
    await queue.obliterate({ force: true });
    await queue.close();

    expect(state).toBe("completed");
    expect(done?.returnvalue).toEqual({ deleted: 1, failed: [] });
    const exists = async (key: string) => (await headObjectSize(bucket, key)) !== null;
    expect(await exists(submissions[0]!.videoKey!)).toBe(false);
    expect(await exists(submissions[1]!.videoKey!)).toBe(true);
    const rows = await t.db.examSubmission.findMany({ where: { userId: student.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => r.videoKey)).toEqual([null, submissions[1]!.videoKey]);
  });
});
