import { randomUUID } from "node:crypto";
import { createTestBucket, createTestDatabase, makeCourse, makeUser, type TTestDatabase } from "@gafus/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyTrainingEvent } from "../achievements/apply-training-event";
import type { TEventEnvelope } from "../events/outbox";
import { enrollInCourse } from "./enroll-in-course";
import { submitExam } from "./submit-exam";

let t: TTestDatabase;
let bucket: Awaited<ReturnType<typeof createTestBucket>>;
beforeAll(async () => {
  t = await createTestDatabase();
  bucket = await createTestBucket();
});
afterAll(async () => {
  await bucket.cleanup();
  await t.drop();
});

function stepCompleted(userId: string): TEventEnvelope {
  return {
    eventId: randomUUID(),
    eventType: "training.step.completed.v1",
    timestamp: new Date().toISOString(),
    actorId: userId,
    data: {
      userId,
      courseId: randomUUID(),
      dayOnCourseId: randomUUID(),
      stepId: randomUUID(),
      stepType: "TRAINING",
      completedAt: new Date().toISOString(),
    },
    metadata: { correlationId: randomUUID() },
  };
}

describe("double clicks and concurrent deliveries", () => {
  it("enrols once when the same student enrols five times at the same moment", async () => {
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const course = await makeCourse(t.db, trainer.id);
    const student = await makeUser(t.db);
    await Promise.all(
      Array.from({ length: 5 }, () => enrollInCourse({ db: t.db, viewer: student, slug: course.slug })),
    );
    expect(await t.db.enrollment.count({ where: { userId: student.id, courseId: course.id } })).toBe(1);
    const events = await t.db.outboxEvent.count({
      where: { eventType: "training.course.enrolled.v1", actorId: student.id },
    });
    expect(events).toBe(1);
  });

  it("awards a badge once when two different events earn it concurrently", async () => {
    const student = await makeUser(t.db);
    const results = await Promise.all([
      applyTrainingEvent({ db: t.db, event: stepCompleted(student.id) }),
      applyTrainingEvent({ db: t.db, event: stepCompleted(student.id) }),
    ]);
    expect(results.flat().filter((b) => b === "first_step")).toHaveLength(1);
    expect(await t.db.userAchievement.count({ where: { userId: student.id, code: "first_step" } })).toBe(1);
    const awarded = await t.db.outboxEvent.count({
      where: { eventType: "achievement.badge.awarded.v1", aggregateId: student.id },
    });
    expect(awarded).toBe(1);
  });
});

describe("exam video keys", () => {
  async function enrolledAtExam() {
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const course = await makeCourse(t.db, trainer.id, {
      days: [{ title: "Exam day", steps: [{ title: "Exam", type: "EXAMINATION", requiresVideo: true }] }],
    });
    const student = await makeUser(t.db);
    await enrollInCourse({ db: t.db, viewer: student, slug: course.slug });
    return {
      student,
      at: { db: t.db, storage: bucket, userId: student.id, slug: course.slug, dayNumber: 1, stepNumber: 1 },
    };
  }

  it("refuses another student's video key and a key that was never uploaded, saving nothing", async () => {
    const { student, at } = await enrolledAtExam();
    const someoneElse = randomUUID();
    await expect(
      submitExam({ ...at, submission: { answers: {}, videoKey: `exams/${someoneElse}/${randomUUID()}.mp4` } }),
    ).rejects.toMatchObject({ error: "forbidden", status: 403 });
    await expect(
      submitExam({ ...at, submission: { answers: {}, videoKey: `exams/${student.id}/${randomUUID()}.mp4` } }),
    ).rejects.toMatchObject({ error: "validation_failed", status: 400 });
    expect(await t.db.examSubmission.count({ where: { userId: student.id } })).toBe(0);
  });
});
