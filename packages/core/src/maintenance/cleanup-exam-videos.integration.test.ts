import { s3Env, testEnv } from "@gafus/config";
import { createStorage, objectExists, putObject, type TStorage } from "@gafus/storage";
import { createTestBucket, createTestDatabase, makeCourse, makeUser, type TTestDatabase } from "@gafus/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanupExamVideos } from "./cleanup-exam-videos";

let t: TTestDatabase;
let bucket: Awaited<ReturnType<typeof createTestBucket>>;
beforeAll(async () => {
  [t, bucket] = await Promise.all([createTestDatabase(), createTestBucket()]);
});
afterAll(async () => {
  await Promise.all([t.drop(), bucket.cleanup()]);
});

const DAY = 24 * 60 * 60 * 1000;

describe("exam video retention", () => {
  it("deletes videos 30 days after review or 90 days after an unreviewed submission, and nothing else", async () => {
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const student = await makeUser(t.db);
    const course = await makeCourse(t.db, trainer.id);
    // One step attempt per submission: at most one may be pending per attempt.
    const placements = await t.db.dayOnCourse.findMany({
      where: { courseId: course.id },
      include: { day: { include: { steps: true } } },
    });
    const attempts = [];
    for (const placement of placements) {
      for (const step of placement.day.steps) {
        attempts.push(
          await t.db.userStep.create({
            data: { userId: student.id, dayOnCourseId: placement.id, stepOnDayId: step.id },
          }),
        );
      }
    }
    const now = new Date("2026-06-01T00:00:00Z");
    const cases = {
      reviewedLongAgo: { reviewedAt: new Date(now.getTime() - 31 * DAY), status: "APPROVED" as const },
      reviewedRecently: { reviewedAt: new Date(now.getTime() - 10 * DAY), status: "REJECTED" as const },
      unreviewedOld: { createdAt: new Date(now.getTime() - 91 * DAY) },
      unreviewedRecent: { createdAt: new Date(now.getTime() - 60 * DAY) },
    };
    const keys: Record<string, string> = {};
    for (const [index, [name, data]] of Object.entries(cases).entries()) {
      const key = `exams/${student.id}/${name}.mp4`;
      keys[name] = key;
      await putObject(bucket, key, "video");
      await t.db.examSubmission.create({
        data: { userId: student.id, userStepId: attempts[index]!.id, videoKey: key, ...data },
      });
    }
    const exists = (key: string) => objectExists(bucket, key);

    expect(await cleanupExamVideos({ db: t.db, storage: bucket, now })).toEqual({ deleted: 2, failed: [] });
    expect(await exists(keys.reviewedLongAgo!)).toBe(false);
    expect(await exists(keys.unreviewedOld!)).toBe(false);
    expect(await exists(keys.reviewedRecently!)).toBe(true);
    expect(await exists(keys.unreviewedRecent!)).toBe(true);
    const remaining = await t.db.examSubmission.findMany({
      where: { videoKey: { not: null } },
      select: { videoKey: true },
    });
    expect(remaining.map((r) => r.videoKey).sort()).toEqual([keys.reviewedRecently, keys.unreviewedRecent].sort());
    expect(await cleanupExamVideos({ db: t.db, storage: bucket, now })).toEqual({ deleted: 0, failed: [] });
  });

  it("forgets only the keys S3 deleted; a key S3 refused keeps its row for the next run", async () => {
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const student = await makeUser(t.db);
    const course = await makeCourse(t.db, trainer.id);
    const placements = await t.db.dayOnCourse.findMany({
      where: { courseId: course.id },
      include: { day: { include: { steps: true } } },
    });
    const slots = placements.flatMap((p) => p.day.steps.map((step) => ({ dayOnCourseId: p.id, stepOnDayId: step.id })));
    const now = new Date("2026-06-01T00:00:00Z");
    const keys = ["refused", "deleted-1", "deleted-2"].map((name) => `exams/${student.id}/${name}.mp4`);
    for (const [index, key] of keys.entries()) {
      await putObject(bucket, key, "video");
      const attempt = await t.db.userStep.create({ data: { userId: student.id, ...slots[index]! } });
      await t.db.examSubmission.create({
        data: {
          userId: student.id,
          userStepId: attempt.id,
          videoKey: key,
          createdAt: new Date(now.getTime() - 91 * DAY),
        },
      });
    }
    const refusing = refusingStorage(bucket.bucket, keys[0]!);
    expect(await cleanupExamVideos({ db: t.db, storage: refusing, now })).toEqual({
      deleted: 2,
      failed: [{ key: keys[0], code: "AccessDenied" }],
    });
    const left = await t.db.examSubmission.findMany({ where: { userId: student.id, videoKey: { not: null } } });
    expect(left.map((r) => r.videoKey)).toEqual([keys[0]]);
    // The next run, with S3 willing, deletes it.
    expect(await cleanupExamVideos({ db: t.db, storage: bucket, now })).toEqual({ deleted: 1, failed: [] });
  });
});

// The parts of S3's DeleteObjects input and output this test touches (core does not depend on the AWS SDK).
type TDeleteInput = { Delete?: { Objects?: { Key?: string }[]; Quiet?: boolean } };
type TDeleteOutput = { Errors?: { Key?: string; Code?: string; Message?: string }[] };

/**
 * The test S3 (s3rver) never refuses a delete, so this client answers for one key the way S3 does when it refuses
 * one object of a DeleteObjects batch (200, the key under `Errors`): that key is taken out of the request that
 * really goes to s3rver, and its error is added to the real response.
 */
function refusingStorage(bucket: string, refusedKey: string): TStorage {
  const storage = createStorage({ ...s3Env({}), S3_ENDPOINT: testEnv().TEST_S3_ENDPOINT, S3_BUCKET: bucket });
  storage.client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName !== "DeleteObjectsCommand") return next(args);
      const input = args.input as TDeleteInput;
      const objects = input.Delete?.Objects ?? [];
      const refused = objects.some((o) => o.Key === refusedKey);
      input.Delete = { ...input.Delete, Objects: objects.filter((o) => o.Key !== refusedKey) };
      const result = await next(args);
      if (!refused) return result;
      const errors: TDeleteOutput["Errors"] = [{ Key: refusedKey, Code: "AccessDenied", Message: "Access Denied" }];
      return { ...result, output: { ...result.output, Errors: errors } as typeof result.output };
    },
    { step: "initialize", name: "refuseOneKey" },
  );
  return storage;
}
