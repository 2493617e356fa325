import { createTestDatabase, makeCourse, makeUser, type TTestDatabase } from "@gafus/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCourse } from "../courses/get-course";
import { completeStep } from "./complete-step";
import { controlStepTimer } from "./control-step-timer";
import { enrollInCourse } from "./enroll-in-course";
import { getTrainingDay } from "./get-training-day";
import { listDiaryEntries } from "./list-diary-entries";
import { submitExam } from "./submit-exam";
import { writeDiaryEntry } from "./write-diary-entry";

let t: TTestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

async function setup() {
  const trainer = await makeUser(t.db, { role: "TRAINER" });
  const student = await makeUser(t.db, { name: "Olga" });
  const course = await makeCourse(t.db, trainer.id);
  const pet = await t.db.pet.create({ data: { ownerId: student.id, name: "Rex" } });
  await enrollInCourse({ db: t.db, viewer: student, slug: course.slug, petId: pet.id });
  const at = (dayNumber: number, stepNumber: number) => ({
    db: t.db,
    userId: student.id,
    slug: course.slug,
    dayNumber,
    stepNumber,
  });
  return { trainer, student, course, pet, at };
}

describe("a student's way through a course", () => {
  it("refuses days and steps to students who are not enrolled", async () => {
    const { course } = await setup();
    const outsider = await makeUser(t.db);
    await expect(
      completeStep({ db: t.db, userId: outsider.id, slug: course.slug, dayNumber: 1, stepNumber: 2 }),
    ).rejects.toMatchObject({
      error: "not_enrolled",
      status: 403,
    });
  });

  it("keeps day two locked until day one is done, then opens it, writing events in the same transactions", async () => {
    const { student, course, at } = await setup();
    await expect(completeStep(at(2, 2))).rejects.toMatchObject({ error: "day_locked", status: 403 });

    const start = new Date("2026-05-01T10:00:00Z");
    await controlStepTimer({ ...at(1, 1), action: "start", now: start });
    await expect(completeStep({ ...at(1, 1), now: new Date(start.getTime() + 2000) })).rejects.toMatchObject({
      error: "step_not_ready",
    });
    await completeStep({ ...at(1, 1), now: new Date(start.getTime() + 5000) });
    const last = await completeStep({ ...at(1, 2), now: new Date(start.getTime() + 6000) });
    expect(last).toEqual({ dayCompleted: true, courseCompleted: false });

    const page = await getCourse({ db: t.db, viewer: student, slug: course.slug });
    expect(page.days.map((d) => d.state)).toEqual(["completed", "open", "locked"]);
    expect(page.enrollment?.progress).toBe(33);
    const events = await t.db.outboxEvent.findMany({ where: { actorId: student.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.eventType)).toEqual([
      "training.course.enrolled.v1",
      "training.step.timer_started.v1",
      "training.step.completed.v1",
      "training.step.completed.v1",
      "training.day.completed.v1",
    ]);
  });

  it("completes the day exactly once when its last two steps are completed at the same moment", async () => {
    const { student, at } = await setup();
    const t0 = new Date("2026-05-01T10:00:00Z");
    await controlStepTimer({ ...at(1, 1), action: "start", now: t0 });
    const done = new Date(t0.getTime() + 5000);
    const results = await Promise.all([
      completeStep({ ...at(1, 1), now: done }),
      completeStep({ ...at(1, 2), now: done }),
    ]);
    expect(results.filter((r) => r.dayCompleted)).toHaveLength(1);
    expect(await t.db.userDay.count({ where: { userId: student.id } })).toBe(1);
    expect(
      await t.db.outboxEvent.count({ where: { actorId: student.id, eventType: "training.day.completed.v1" } }),
    ).toBe(1);
    // A double click on a finished step changes nothing.
    expect(await completeStep({ ...at(1, 2), now: done })).toEqual({ dayCompleted: false, courseCompleted: false });
  });

  it("closes an enrolled course's days when the course is unpublished", async () => {
    const { course, at } = await setup();
    await t.db.course.update({ where: { id: course.id }, data: { isPublished: false } });
    await expect(completeStep(at(1, 2))).rejects.toMatchObject({ status: 404 });
  });

  it("stores the timer on the server: pause keeps the time, resume continues, reset starts over", async () => {
    const { student, course, at } = await setup();
    const t0 = new Date("2026-05-01T10:00:00Z");
    const later = (ms: number) => new Date(t0.getTime() + ms);
    await controlStepTimer({ ...at(1, 1), action: "start", now: t0 });
    const paused = await controlStepTimer({ ...at(1, 1), action: "pause", now: later(2000) });
    expect(paused.timer).toMatchObject({ remainingMs: 3000, isRunning: false });
    // Another device asks much later: a paused timer has not moved.
    const view = await getTrainingDay({
      db: t.db,
      userId: student.id,
      userName: "x",
      slug: course.slug,
      dayNumber: 1,
      petFallback: "dog",
      now: later(60_000),
    });
    expect(view.steps[0]?.timer?.remainingMs).toBe(3000);
    const resumed = await controlStepTimer({ ...at(1, 1), action: "start", now: later(70_000) });
    expect(resumed.timer).toMatchObject({ remainingMs: 3000, isRunning: true });
    const again = await controlStepTimer({ ...at(1, 1), action: "start", now: later(71_000) });
    expect(again.timer.remainingMs).toBe(2000);
    const reset = await controlStepTimer({ ...at(1, 1), action: "reset", now: later(72_000) });
    expect(reset).toMatchObject({ status: "NOT_STARTED", timer: { remainingMs: 5000, isRunning: false } });
  });

  it("personalises texts with the student's and the pet's names", async () => {
    const { student, course } = await setup();
    const day = await getTrainingDay({
      db: t.db,
      userId: student.id,
      userName: "Olga",
      slug: course.slug,
      dayNumber: 1,
      petFallback: "your dog",
    });
    expect(day.steps[0]).toMatchObject({ title: "Sit for Rex", content: "Hello Olga, train Rex." });
  });

  it("takes an exam once while it is pending, scores the quiz and hides the answers", async () => {
    const { student, course, at } = await setup();
    const t0 = new Date("2026-05-01T10:00:00Z");
    await controlStepTimer({ ...at(1, 1), action: "start", now: t0 });
    await completeStep({ ...at(1, 1), now: new Date(t0.getTime() + 5000) });
    await completeStep(at(1, 2));

    await expect(submitExam({ ...at(2, 1), submission: { answers: { q1: ["a"] } } })).rejects.toMatchObject({
      error: "validation_failed",
      details: { fields: { writtenAnswer: expect.any(Array) } },
    });
    const [first, second] = await Promise.allSettled([
      submitExam({ ...at(2, 1), submission: { answers: { q1: ["a"] }, writtenAnswer: "He sits!" } }),
      submitExam({ ...at(2, 1), submission: { answers: { q1: ["b"] }, writtenAnswer: "Again" } }),
    ]);
    const outcomes = [first, second].map((r) => r.status);
    expect(outcomes.sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = [first, second].find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ error: "exam_pending", status: 409 });
    const exams = await t.db.examSubmission.findMany({ where: { userId: student.id } });
    expect(exams).toHaveLength(1);
    expect(exams[0]).toMatchObject({ status: "PENDING", maxScore: 1 });

    const day = await getTrainingDay({
      db: t.db,
      userId: student.id,
      userName: "x",
      slug: course.slug,
      dayNumber: 2,
      petFallback: "dog",
    });
    expect(JSON.stringify(day.steps[0]?.exam?.quiz)).not.toContain("correct");
    expect(day.steps[0]?.exam?.latest?.status).toBe("PENDING");
  });

  it("keeps each student's diary private", async () => {
    const { student, course, at } = await setup();
    const t0 = new Date("2026-05-01T10:00:00Z");
    await controlStepTimer({ ...at(1, 1), action: "start", now: t0 });
    await completeStep({ ...at(1, 1), now: new Date(t0.getTime() + 5000) });
    await completeStep(at(1, 2));
    await writeDiaryEntry({ ...at(2, 2), content: "Rex was great" });
    const other = await makeUser(t.db);
    expect(await listDiaryEntries({ db: t.db, userId: other.id, slug: course.slug })).toEqual([]);
    expect((await listDiaryEntries({ db: t.db, userId: student.id, slug: course.slug })).map((e) => e.content)).toEqual(
      ["Rex was great"],
    );
  });
});

describe("course visibility", () => {
  it("refuses a private course to a student without access and lets one with access enroll", async () => {
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const course = await makeCourse(t.db, trainer.id, { visibility: "PRIVATE" });
    const outsider = await makeUser(t.db);
    const invited = await makeUser(t.db);
    await t.db.courseAccess.create({ data: { courseId: course.id, userId: invited.id } });
    await expect(getCourse({ db: t.db, viewer: outsider, slug: course.slug })).rejects.toMatchObject({
      error: "not_found",
      status: 404,
    });
    await expect(enrollInCourse({ db: t.db, viewer: outsider, slug: course.slug })).rejects.toMatchObject({
      status: 404,
    });
    expect(await t.db.enrollment.count({ where: { userId: outsider.id } })).toBe(0);
    await enrollInCourse({ db: t.db, viewer: invited, slug: course.slug });
    expect(await t.db.enrollment.count({ where: { userId: invited.id } })).toBe(1);
  });

  it("refuses to enroll with another owner's pet", async () => {
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const course = await makeCourse(t.db, trainer.id);
    const owner = await makeUser(t.db);
    const pet = await t.db.pet.create({ data: { ownerId: owner.id, name: "Not yours" } });
    const student = await makeUser(t.db);
    await expect(enrollInCourse({ db: t.db, viewer: student, slug: course.slug, petId: pet.id })).rejects.toMatchObject(
      { status: 400 },
    );
  });
});
