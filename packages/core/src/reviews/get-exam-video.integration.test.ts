import { putObject, storageKeys } from "@gafus/storage";
import { createTestBucket, createTestDatabase, makeCourse, makeUser, type TTestDatabase } from "@gafus/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completeStep } from "../training/complete-step";
import { controlStepTimer } from "../training/control-step-timer";
import { enrollInCourse } from "../training/enroll-in-course";
import { submitExam } from "../training/submit-exam";
import { getExamVideo } from "./get-exam-video";

let t: TTestDatabase;
let bucket: Awaited<ReturnType<typeof createTestBucket>>;
beforeAll(async () => {
  [t, bucket] = await Promise.all([createTestDatabase(), createTestBucket()]);
});
afterAll(async () => {
  await Promise.all([t.drop(), bucket.cleanup()]);
});

const readAll = async (body: ReadableStream<Uint8Array>) => Buffer.from(await new Response(body).arrayBuffer());

describe("exam video for its reviewer", () => {
  it("streams the whole video or the asked range (206), refuses another trainer, and says 416 or 404 when it cannot", async () => {
    const author = await makeUser(t.db, { role: "TRAINER" });
    const student = await makeUser(t.db);
    const course = await makeCourse(t.db, author.id);
    await enrollInCourse({ db: t.db, viewer: student, slug: course.slug });
    const at = (dayNumber: number, stepNumber: number) => ({
      db: t.db,
      userId: student.id,
      slug: course.slug,
      dayNumber,
      stepNumber,
    });
    const t0 = new Date("2026-05-01T10:00:00Z");
    await controlStepTimer({ ...at(1, 1), action: "start", now: t0 });
    await completeStep({ ...at(1, 1), now: new Date(t0.getTime() + 5000) });
    await completeStep(at(1, 2));
    const videoKey = storageKeys.examVideo(student.id, crypto.randomUUID(), "mp4");
    const bytes = Buffer.from(Array.from({ length: 300 }, (_, i) => i % 256));
    await putObject(bucket, videoKey, bytes, "video/mp4");
    const { exam } = await submitExam({
      ...at(2, 1),
      storage: bucket,
      submission: { answers: { q1: ["a"] }, writtenAnswer: "Done", videoKey },
    });

    const whole = await getExamVideo({ db: t.db, storage: bucket, actor: author, examId: exam.id });
    expect(whole.status).toBe(200);
    expect(whole.headers).toEqual({ "content-type": "video/mp4", "accept-ranges": "bytes", "content-length": "300" });
    expect(await readAll(whole.body)).toEqual(bytes);

    const part = await getExamVideo({
      db: t.db,
      storage: bucket,
      actor: student,
      examId: exam.id,
      range: "bytes=10-19",
    });
    expect(part.status).toBe(206);
    expect(part.headers).toMatchObject({ "content-length": "10", "content-range": "bytes 10-19/300" });
    expect(await readAll(part.body)).toEqual(bytes.subarray(10, 20));

    const other = await makeUser(t.db, { role: "TRAINER" });
    await expect(getExamVideo({ db: t.db, storage: bucket, actor: other, examId: exam.id })).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      getExamVideo({ db: t.db, storage: bucket, actor: author, examId: exam.id, range: "bytes=5000-6000" }),
    ).rejects.toMatchObject({ status: 416 });
    await t.db.examSubmission.update({ where: { id: exam.id }, data: { videoKey: `exams/${student.id}/gone.mp4` } });
    await expect(getExamVideo({ db: t.db, storage: bucket, actor: author, examId: exam.id })).rejects.toMatchObject({
      status: 404,
    });
  });
});
