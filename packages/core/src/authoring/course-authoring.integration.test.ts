import { ensureBuiltInStepTemplates } from "@gafus/prisma/factories";
import { createTestDatabase, makeUser, type TTestDatabase } from "@gafus/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listCatalog, ZCatalogQuery } from "../courses/list-catalog";
import { addNewDay } from "./add-new-day";
import { addNewStep } from "./add-new-step";
import { createCourse } from "./create-course";
import { getCourseForEditing } from "./get-course-for-editing";
import { grantCourseAccess } from "./grant-course-access";
import { listAuthoredCourses } from "./list-authored-courses";
import { publishCourse } from "./publish-course";
import { revokeCourseAccess } from "./revoke-course-access";
import { ZStepInput } from "./schemas";
import { unpublishCourse } from "./unpublish-course";
import { updateCourse } from "./update-course";

let t: TTestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await ensureBuiltInStepTemplates(t.db);
});
afterAll(() => t.drop());

const theory = (title: string) => ZStepInput.parse({ title, type: "THEORY", content: "Read" });

describe("course authoring", () => {
  it("makes a slug from a Russian title, refuses a taken one, and lists a trainer's own courses only", async () => {
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const other = await makeUser(t.db, { role: "TRAINER" });
    const admin = await makeUser(t.db, { role: "ADMIN" });
    const a = await createCourse({ db: t.db, actor: trainer, input: { title: "Щенок дома" } });
    const b = await createCourse({ db: t.db, actor: trainer, input: { title: "Щенок дома" } });
    expect(a.slug).toBe("schenok-doma");
    expect(b.slug).toBe("schenok-doma-2");
    await expect(
      createCourse({ db: t.db, actor: other, input: { title: "Copy", slug: "schenok-doma" } }),
    ).rejects.toMatchObject({ status: 409, details: { fields: { slug: [expect.any(String)] } } });
    await expect(
      updateCourse({ db: t.db, actor: trainer, courseId: b.id, input: { slug: a.slug } }),
    ).rejects.toMatchObject({
      status: 409,
    });
    const mine = await listAuthoredCourses({ db: t.db, actor: other });
    expect(mine).toEqual([]);
    const all = await listAuthoredCourses({ db: t.db, actor: admin });
    expect(all.map((c) => c.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(all.find((c) => c.id === a.id)?.author.name).toBe("Test User");
    const saved = await t.db.course.findUniqueOrThrow({ where: { id: a.id } });
    expect(saved).toMatchObject({ isPublished: false, authorId: trainer.id, visibility: "PUBLIC" });
  });

  it("refuses a student and a moderator with 403 and another trainer with 404, changing nothing", async () => {
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const course = await createCourse({ db: t.db, actor: trainer, input: { title: "Mine only" } });
    const student = await makeUser(t.db);
    const moderator = await makeUser(t.db, { role: "MODERATOR" });
    const other = await makeUser(t.db, { role: "TRAINER" });
    const edit = (actor: { id: string; role: "USER" | "TRAINER" | "MODERATOR" | "ADMIN" }) =>
      updateCourse({ db: t.db, actor, courseId: course.id, input: { title: "Hijacked" } });
    await expect(edit(student)).rejects.toMatchObject({ status: 403, error: "forbidden" });
    await expect(edit(moderator)).rejects.toMatchObject({ status: 403, error: "forbidden" });
    await expect(edit(other)).rejects.toMatchObject({ status: 404, error: "not_found" });
    await expect(createCourse({ db: t.db, actor: student, input: { title: "x" } })).rejects.toMatchObject({
      status: 403,
    });
    await expect(createCourse({ db: t.db, actor: moderator, input: { title: "x" } })).rejects.toMatchObject({
      status: 403,
    });
    await expect(listAuthoredCourses({ db: t.db, actor: student })).rejects.toMatchObject({ status: 403 });
    await expect(
      addNewDay({
        db: t.db,
        actor: other,
        courseId: course.id,
        input: { title: "D", description: "", type: "REGULAR" },
      }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(getCourseForEditing({ db: t.db, actor: other, courseId: course.id })).rejects.toMatchObject({
      status: 404,
    });
    await expect(publishCourse({ db: t.db, actor: moderator, courseId: course.id })).rejects.toMatchObject({
      status: 403,
    });
    expect((await t.db.course.findUniqueOrThrow({ where: { id: course.id } })).title).toBe("Mine only");
    expect(await t.db.dayOnCourse.count({ where: { courseId: course.id } })).toBe(0);
  });

  it("lets an admin edit any course; new content stays owned by the course's author", async () => {
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const admin = await makeUser(t.db, { role: "ADMIN" });
    const course = await createCourse({ db: t.db, actor: trainer, input: { title: "Admin fixes it" } });
    await updateCourse({ db: t.db, actor: admin, courseId: course.id, input: { title: "Fixed by admin" } });
    const { dayId } = await addNewDay({
      db: t.db,
      actor: admin,
      courseId: course.id,
      input: { title: "Day", description: "", type: "REGULAR" },
    });
    const { stepId } = await addNewStep({ db: t.db, actor: admin, dayId, input: theory("Step") });
    expect((await t.db.course.findUniqueOrThrow({ where: { id: course.id } })).title).toBe("Fixed by admin");
    expect((await t.db.trainingDay.findUniqueOrThrow({ where: { id: dayId } })).authorId).toBe(trainer.id);
    expect((await t.db.step.findUniqueOrThrow({ where: { id: stepId } })).authorId).toBe(trainer.id);
  });

  it("publishes only a course whose every day has steps, with an event; a student then finds it", async () => {
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const student = await makeUser(t.db);
    const course = await createCourse({ db: t.db, actor: trainer, input: { title: "Publish me" } });
    await expect(publishCourse({ db: t.db, actor: trainer, courseId: course.id })).rejects.toMatchObject({
      status: 409,
      message: "Add at least one day before publishing.",
    });
    const day1 = await addNewDay({
      db: t.db,
      actor: trainer,
      courseId: course.id,
      input: { title: "Hello", description: "", type: "INTRODUCTION" },
    });
    await addNewStep({ db: t.db, actor: trainer, dayId: day1.dayId, input: theory("Intro") });
    const day2 = await addNewDay({
      db: t.db,
      actor: trainer,
      courseId: course.id,
      input: { title: "Empty day", description: "", type: "REGULAR" },
    });
    await expect(publishCourse({ db: t.db, actor: trainer, courseId: course.id })).rejects.toMatchObject({
      status: 409,
      message: "Every day needs at least one step. Empty days: 2 “Empty day”.",
      details: { reason: "empty_days", days: [{ number: 2, title: "Empty day" }] },
    });
    expect((await t.db.course.findUniqueOrThrow({ where: { id: course.id } })).isPublished).toBe(false);
    await addNewStep({ db: t.db, actor: trainer, dayId: day2.dayId, input: theory("Now full") });
    await publishCourse({ db: t.db, actor: trainer, courseId: course.id });
    await publishCourse({ db: t.db, actor: trainer, courseId: course.id });
    const events = await t.db.outboxEvent.findMany({ where: { aggregateId: course.id } });
    expect(events.map((e) => e.eventType)).toEqual(["content.course.published.v1"]);
    expect(events[0]?.data).toMatchObject({
      courseId: course.id,
      slug: course.slug,
      authorId: trainer.id,
      dayCount: 2,
    });
    const catalog = await listCatalog({ db: t.db, viewer: student, query: ZCatalogQuery.parse({ q: "Publish me" }) });
    expect(JSON.stringify(catalog)).toContain(course.slug);
  });

  it("lets a moderator only unpublish (event written), never edit; another trainer gets 404", async () => {
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const moderator = await makeUser(t.db, { role: "MODERATOR" });
    const other = await makeUser(t.db, { role: "TRAINER" });
    const student = await makeUser(t.db);
    const course = await createCourse({ db: t.db, actor: trainer, input: { title: "Moderated" } });
    const { dayId } = await addNewDay({
      db: t.db,
      actor: trainer,
      courseId: course.id,
      input: { title: "D", description: "", type: "REGULAR" },
    });
    await addNewStep({ db: t.db, actor: trainer, dayId, input: theory("S") });
    await publishCourse({ db: t.db, actor: trainer, courseId: course.id });
    await expect(unpublishCourse({ db: t.db, actor: student, courseId: course.id })).rejects.toMatchObject({
      status: 403,
    });
    await expect(unpublishCourse({ db: t.db, actor: other, courseId: course.id })).rejects.toMatchObject({
      status: 404,
    });
    expect((await t.db.course.findUniqueOrThrow({ where: { id: course.id } })).isPublished).toBe(true);
    await unpublishCourse({ db: t.db, actor: moderator, courseId: course.id });
    expect((await t.db.course.findUniqueOrThrow({ where: { id: course.id } })).isPublished).toBe(false);
    const event = await t.db.outboxEvent.findFirstOrThrow({
      where: { aggregateId: course.id, eventType: "content.course.unpublished.v1" },
    });
    expect(event).toMatchObject({ actorId: moderator.id, data: { byRole: "MODERATOR", courseId: course.id } });
    await expect(
      updateCourse({ db: t.db, actor: moderator, courseId: course.id, input: { title: "x" } }),
    ).rejects.toMatchObject({ status: 403 });
  });

  it("manages a private course's access list by email; an unknown email is a field error", async () => {
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const student = await makeUser(t.db, { email: `Pupil-${Date.now()}@example.test`.toLowerCase() });
    const course = await createCourse({
      db: t.db,
      actor: trainer,
      input: { title: "Private", visibility: "PRIVATE" },
    });
    await expect(
      grantCourseAccess({ db: t.db, actor: trainer, courseId: course.id, email: "nobody@example.test" }),
    ).rejects.toMatchObject({ status: 400, details: { fields: { email: ["No account uses this email"] } } });
    await grantCourseAccess({ db: t.db, actor: trainer, courseId: course.id, email: student.email.toUpperCase() });
    await grantCourseAccess({ db: t.db, actor: trainer, courseId: course.id, email: student.email });
    const editor = await getCourseForEditing({ db: t.db, actor: trainer, courseId: course.id });
    expect(editor.access).toEqual([{ userId: student.id, email: student.email, name: "Test User" }]);
    const other = await makeUser(t.db, { role: "TRAINER" });
    await expect(
      revokeCourseAccess({ db: t.db, actor: other, courseId: course.id, userId: student.id }),
    ).rejects.toMatchObject({ status: 404 });
    await revokeCourseAccess({ db: t.db, actor: trainer, courseId: course.id, userId: student.id });
    expect(await t.db.courseAccess.count({ where: { courseId: course.id } })).toBe(0);
  });
});
