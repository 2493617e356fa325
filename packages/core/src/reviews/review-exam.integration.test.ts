import { createTestDatabase, makeCourse, makeUser, type TTestDatabase } from "@gafus/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completeStep } from "../training/complete-step";
import { controlStepTimer } from "../training/control-step-timer";
import { enrollInCourse } from "../training/enroll-in-course";
import { submitExam } from "../training/submit-exam";
import { countPendingExams } from "./count-pending-exams";
import { listPendingExams } from "./list-pending-exams";
import { reviewExam, ZExamReview } from "./review-exam";

let t: TTestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

async function pendingExam() {
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
  const { exam } = await submitExam({ ...at(2, 1), submission: { answers: { q1: ["a"] }, writtenAnswer: "Done" } });
  return { author, student, course, exam };
}

describe("exam review", () => {
  it("shows a submission only in its author's queue and lets only the author or an admin decide", async () => {
    const { author, student, exam } = await pendingExam();
    const otherTrainer = await makeUser(t.db, { role: "TRAINER" });
    const admin = await makeUser(t.db, { role: "ADMIN" });
    expect((await listPendingExams({ db: t.db, actor: author })).map((e) => e.id)).toContain(exam.id);
    expect(await countPendingExams({ db: t.db, actor: otherTrainer })).toBe(0);
    expect((await listPendingExams({ db: t.db, actor: admin })).map((e) => e.id)).toContain(exam.id);

    const review = ZExamReview.parse({ decision: "APPROVED", comment: "Great sit!" });
    for (const actor of [otherTrainer, student]) {
      await expect(reviewExam({ db: t.db, actor, examId: exam.id, review })).rejects.toMatchObject({ status: 404 });
    }
    expect((await t.db.examSubmission.findUniqueOrThrow({ where: { id: exam.id } })).status).toBe("PENDING");

    await reviewExam({ db: t.db, actor: author, examId: exam.id, review });
    const saved = await t.db.examSubmission.findUniqueOrThrow({ where: { id: exam.id } });
    expect(saved).toMatchObject({ status: "APPROVED", reviewComment: "Great sit!", reviewerId: author.id });
    const event = await t.db.outboxEvent.findFirstOrThrow({
      where: { eventType: "training.exam.reviewed.v1", aggregateId: exam.id },
    });
    expect(event.data).toMatchObject({ userId: student.id, status: "APPROVED", dayNumber: 2 });

    await expect(
      reviewExam({ db: t.db, actor: admin, examId: exam.id, review: { decision: "REJECTED", comment: "" } }),
    ).rejects.toMatchObject({
      error: "conflict",
      status: 409,
    });
  });

  it("refuses a comment over 1000 characters", () => {
    expect(ZExamReview.safeParse({ decision: "REJECTED", comment: "x".repeat(1001) }).success).toBe(false);
  });

  it("lets a rejected student send a new answer", async () => {
    const { author, student, course, exam } = await pendingExam();
    await reviewExam({
      db: t.db,
      actor: author,
      examId: exam.id,
      review: { decision: "REJECTED", comment: "Film again" },
    });
    const again = await submitExam({
      db: t.db,
      userId: student.id,
      slug: course.slug,
      dayNumber: 2,
      stepNumber: 1,
      submission: { answers: { q1: ["a"] }, writtenAnswer: "Again" },
    });
    expect(again.exam.status).toBe("PENDING");
  });
});
