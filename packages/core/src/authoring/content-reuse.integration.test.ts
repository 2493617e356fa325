import { ensureBuiltInStepTemplates } from "@gafus/prisma/factories";
import { createTestDatabase, makeUser, type TTestDatabase } from "@gafus/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enrollInCourse } from "../training/enroll-in-course";
import { completeStep } from "../training/complete-step";
import { addNewDay } from "./add-new-day";
import { addNewStep } from "./add-new-step";
import { addStepFromTemplate } from "./add-step-from-template";
import { createCourse } from "./create-course";
import { deleteStepTemplate } from "./delete-step-template";
import { getCoursePreview } from "./get-course-preview";
import { getDayForEditing } from "./get-day-for-editing";
import { getStepForEditing } from "./get-step-for-editing";
import { listDayLibrary } from "./list-day-library";
import { listStepTemplates } from "./list-step-templates";
import { publishCourse } from "./publish-course";
import { removeDayFromCourse } from "./remove-day-from-course";
import { removeStepFromDay } from "./remove-step-from-day";
import { reorderCourseDays } from "./reorder-course-days";
import { reorderDaySteps } from "./reorder-day-steps";
import { reuseDay } from "./reuse-day";
import { reuseStep } from "./reuse-step";
import { saveStepAsTemplate } from "./save-step-as-template";
import { ZStepInput } from "./schemas";
import { updateStep } from "./update-step";

let t: TTestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await ensureBuiltInStepTemplates(t.db);
});
afterAll(() => t.drop());

const step = (title: string, extra: Record<string, unknown> = {}) =>
  ZStepInput.parse({ title, type: "THEORY", content: `About ${title}`, ...extra });

async function courseWithDays(titles: string[]) {
  const trainer = await makeUser(t.db, { role: "TRAINER" });
  const course = await createCourse({ db: t.db, actor: trainer, input: { title: "Reuse course" } });
  const days = [];
  for (const title of titles) {
    const day = await addNewDay({
      db: t.db,
      actor: trainer,
      courseId: course.id,
      input: { title, description: "", type: "REGULAR" },
    });
    days.push(day);
  }
  return { trainer, course, days };
}

const orderOf = async (courseId: string) =>
  (
    await t.db.dayOnCourse.findMany({
      where: { courseId },
      orderBy: { order: "asc" },
      select: { order: true, day: { select: { title: true } } },
    })
  ).map((p) => `${p.order}:${p.day.title}`);

describe("days and steps", () => {
  it("reorders days and steps in one go and keeps a gap-free order after removals", async () => {
    const { trainer, course, days } = await courseWithDays(["A", "B", "C", "D"]);
    const [a, b, c, d] = days.map((x) => x.placementId) as [string, string, string, string];
    await reorderCourseDays({ db: t.db, actor: trainer, courseId: course.id, ids: [d, b, a, c] });
    expect(await orderOf(course.id)).toEqual(["1:D", "2:B", "3:A", "4:C"]);
    await expect(
      reorderCourseDays({ db: t.db, actor: trainer, courseId: course.id, ids: [d, b, a] }),
    ).rejects.toMatchObject({ status: 409 });
    await expect(
      reorderCourseDays({ db: t.db, actor: trainer, courseId: course.id, ids: [d, d, a, c] }),
    ).rejects.toMatchObject({ status: 409 });
    await removeDayFromCourse({ db: t.db, actor: trainer, courseId: course.id, placementId: b });
    expect(await orderOf(course.id)).toEqual(["1:D", "2:A", "3:C"]);
    // Concurrent reorders serialise on the course row: both succeed and the order is one of the two, still 1..n.
    await Promise.all([
      reorderCourseDays({ db: t.db, actor: trainer, courseId: course.id, ids: [a, c, d] }),
      reorderCourseDays({ db: t.db, actor: trainer, courseId: course.id, ids: [c, d, a] }),
    ]);
    expect((await orderOf(course.id)).map((x) => x.split(":")[0])).toEqual(["1", "2", "3"]);

    const dayId = days[0]!.dayId;
    const placed = [];
    for (const title of ["s1", "s2", "s3"])
      placed.push(await addNewStep({ db: t.db, actor: trainer, dayId, input: step(title) }));
    const [p1, p2, p3] = placed.map((p) => p.placementId) as [string, string, string];
    await reorderDaySteps({ db: t.db, actor: trainer, dayId, ids: [p3, p1, p2] });
    await removeStepFromDay({ db: t.db, actor: trainer, dayId, placementId: p1 });
    const editor = await getDayForEditing({ db: t.db, actor: trainer, dayId });
    expect(editor.steps.map((s) => `${s.order}:${s.title}`)).toEqual(["1:s3", "2:s2"]);
    const other = await makeUser(t.db, { role: "TRAINER" });
    await expect(reorderDaySteps({ db: t.db, actor: other, dayId, ids: [p2, p3] })).rejects.toMatchObject({
      status: 404,
    });
  });

  it("reuses a day and a step from the author's library, shows where they are used, and refuses foreign ones", async () => {
    const { trainer, days } = await courseWithDays(["Shared day"]);
    const second = await createCourse({ db: t.db, actor: trainer, input: { title: "Second course" } });
    const sharedDay = days[0]!.dayId;
    const { stepId } = await addNewStep({ db: t.db, actor: trainer, dayId: sharedDay, input: step("Shared step") });
    const library = await listDayLibrary({ db: t.db, actor: trainer, courseId: second.id });
    expect(library.map((d) => d.id)).toContain(sharedDay);
    await reuseDay({ db: t.db, actor: trainer, courseId: second.id, dayId: sharedDay });
    await expect(reuseDay({ db: t.db, actor: trainer, courseId: second.id, dayId: sharedDay })).rejects.toMatchObject({
      status: 409,
    });
    const dayEditor = await getDayForEditing({ db: t.db, actor: trainer, dayId: sharedDay });
    expect(dayEditor.courses.map((c) => c.title).sort()).toEqual(["Reuse course", "Second course"]);
    expect(dayEditor.steps[0]?.usedInCourses).toBe(2);
    const stepEditor = await getStepForEditing({ db: t.db, actor: trainer, stepId });
    expect(stepEditor.usedIn).toHaveLength(2);

    const newDay = await addNewDay({
      db: t.db,
      actor: trainer,
      courseId: second.id,
      input: { title: "Own day", description: "", type: "REGULAR" },
    });
    await reuseStep({ db: t.db, actor: trainer, dayId: newDay.dayId, stepId });
    expect((await getStepForEditing({ db: t.db, actor: trainer, stepId })).usedIn).toHaveLength(2);

    const other = await makeUser(t.db, { role: "TRAINER" });
    const otherCourse = await createCourse({ db: t.db, actor: other, input: { title: "Thief" } });
    const otherDay = await addNewDay({
      db: t.db,
      actor: other,
      courseId: otherCourse.id,
      input: { title: "X", description: "", type: "REGULAR" },
    });
    await expect(
      reuseDay({ db: t.db, actor: other, courseId: otherCourse.id, dayId: sharedDay }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(reuseStep({ db: t.db, actor: other, dayId: otherDay.dayId, stepId })).rejects.toMatchObject({
      status: 404,
    });
    await expect(getStepForEditing({ db: t.db, actor: other, stepId })).rejects.toMatchObject({ status: 404 });
    await expect(updateStep({ db: t.db, actor: other, stepId, input: step("Hijack") })).rejects.toMatchObject({
      status: 404,
    });
  });

  it("creates steps from built-in and own templates and keeps templates private to their author", async () => {
    const { trainer, days } = await courseWithDays(["Template day"]);
    const dayId = days[0]!.dayId;
    const { templates, categories } = await listStepTemplates({ db: t.db, actor: trainer });
    expect(categories).toEqual(expect.arrayContaining(["basics", "exam", "rest", "theory", "reflection"]));
    const exam = templates.find((x) => x.title === "Exam: the Sit cue")!;
    expect(exam.isBuiltIn).toBe(true);
    const made = await addStepFromTemplate({ db: t.db, actor: trainer, dayId, templateId: exam.id });
    const copy = await t.db.step.findUniqueOrThrow({ where: { id: made.stepId } });
    expect(copy).toMatchObject({ type: "EXAMINATION", requiresVideo: true, authorId: trainer.id });
    expect((copy.quiz as { questions: unknown[] }).questions).toHaveLength(1);

    const own = await saveStepAsTemplate({
      db: t.db,
      actor: trainer,
      stepId: made.stepId,
      input: { category: "My exams" },
    });
    const byCategory = await listStepTemplates({ db: t.db, actor: trainer, category: "My exams" });
    expect(byCategory.templates.map((x) => x.id)).toEqual([own.id]);
    const other = await makeUser(t.db, { role: "TRAINER" });
    expect((await listStepTemplates({ db: t.db, actor: other })).templates.map((x) => x.id)).not.toContain(own.id);
    await expect(deleteStepTemplate({ db: t.db, actor: other, templateId: own.id })).rejects.toMatchObject({
      status: 404,
    });
    await expect(deleteStepTemplate({ db: t.db, actor: trainer, templateId: exam.id })).rejects.toMatchObject({
      status: 404,
    });
    await deleteStepTemplate({ db: t.db, actor: trainer, templateId: own.id });
    expect(await t.db.stepTemplate.count({ where: { id: own.id } })).toBe(0);
  });

  it("validates step input per type and attaches only the author's own ready videos", async () => {
    expect(ZStepInput.safeParse({ title: "Timer", type: "TRAINING" }).success).toBe(false);
    const badQuiz = ZStepInput.safeParse({
      title: "Exam",
      type: "EXAMINATION",
      quiz: {
        questions: [
          {
            id: "q1",
            text: "?",
            multiple: false,
            options: [
              { id: "a", text: "A" },
              { id: "b", text: "B" },
            ],
            correct: ["a", "b"],
          },
        ],
      },
    });
    expect(badQuiz.success).toBe(false);
    expect(ZStepInput.safeParse({ title: "Empty exam", type: "EXAMINATION" }).success).toBe(false);

    const { trainer, days } = await courseWithDays(["Video day"]);
    const other = await makeUser(t.db, { role: "TRAINER" });
    const asset = (ownerId: string, status: "READY" | "TRANSCODING") =>
      t.db.mediaAsset.create({
        data: {
          ownerId,
          title: "Clip",
          originalName: "clip.mp4",
          contentType: "video/mp4",
          sizeBytes: 1000n,
          sourceKey: `src/${Math.random()}`,
          status,
        },
      });
    const mine = await asset(trainer.id, "READY");
    const busy = await asset(trainer.id, "TRANSCODING");
    const foreign = await asset(other.id, "READY");
    const dayId = days[0]!.dayId;
    for (const videoAssetId of [foreign.id, busy.id]) {
      await expect(
        addNewStep({ db: t.db, actor: trainer, dayId, input: step("With video", { videoAssetId }) }),
      ).rejects.toMatchObject({ status: 400, details: { fields: { videoAssetId: [expect.any(String)] } } });
    }
    expect(await t.db.stepOnDay.count({ where: { dayId } })).toBe(0);
    const { stepId } = await addNewStep({
      db: t.db,
      actor: trainer,
      dayId,
      input: step("With video", { videoAssetId: mine.id, videoUrl: "https://youtu.be/abc" }),
    });
    expect(await t.db.step.findUniqueOrThrow({ where: { id: stepId } })).toMatchObject({
      videoAssetId: mine.id,
      videoUrl: "https://youtu.be/abc",
    });
  });

  it("previews an unpublished course without touching progress, and keeps days students worked on", async () => {
    const { trainer, course, days } = await courseWithDays(["Day {pet}"]);
    const dayId = days[0]!.dayId;
    await addNewStep({
      db: t.db,
      actor: trainer,
      dayId,
      input: ZStepInput.parse({
        title: "Quiz",
        type: "EXAMINATION",
        quiz: {
          questions: [
            {
              id: "q1",
              text: "Q?",
              options: [
                { id: "a", text: "A" },
                { id: "b", text: "B" },
              ],
              correct: ["b"],
            },
          ],
        },
      }),
    });
    const preview = await getCoursePreview({
      db: t.db,
      actor: trainer,
      courseId: course.id,
      names: { student: "Ira", petFallback: "your dog" },
    });
    expect(preview.isPublished).toBe(false);
    expect(preview.days[0]?.title).toBe("Day your dog");
    expect(JSON.stringify(preview.days[0]?.steps[0]?.quiz)).not.toContain("correct");
    const student = await makeUser(t.db);
    await expect(
      getCoursePreview({ db: t.db, actor: student, courseId: course.id, names: { student: "", petFallback: "" } }),
    ).rejects.toMatchObject({ status: 403 });
    expect(await t.db.userStep.count({ where: { userId: trainer.id } })).toBe(0);

    await addNewStep({ db: t.db, actor: trainer, dayId, input: step("Read me") });
    await publishCourse({ db: t.db, actor: trainer, courseId: course.id });
    await enrollInCourse({ db: t.db, viewer: student, slug: course.slug });
    await completeStep({ db: t.db, userId: student.id, slug: course.slug, dayNumber: 1, stepNumber: 2 });
    await expect(
      removeDayFromCourse({ db: t.db, actor: trainer, courseId: course.id, placementId: days[0]!.placementId }),
    ).rejects.toMatchObject({ status: 409, details: { reason: "has_progress" } });
    const stepPlacement = await t.db.stepOnDay.findFirstOrThrow({ where: { dayId, order: 2 } });
    await expect(
      removeStepFromDay({ db: t.db, actor: trainer, dayId, placementId: stepPlacement.id }),
    ).rejects.toMatchObject({ status: 409 });
  });
});
