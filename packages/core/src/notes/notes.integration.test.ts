import { createTestDatabase, makeCourse, makeUser, type TTestDatabase } from "@gafus/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enrollInCourse } from "../training/enroll-in-course";
import { createNote } from "./create-note";
import { deleteNote } from "./delete-note";
import { listMyStudents } from "./list-my-students";
import { listStudentNotes } from "./list-student-notes";
import { listVisibleNotes } from "./list-visible-notes";
import { ZNoteInput, ZNoteUpdate } from "./schemas";
import { updateNote } from "./update-note";

let t: TTestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

async function setup() {
  const trainer = await makeUser(t.db, { role: "TRAINER" });
  const otherTrainer = await makeUser(t.db, { role: "TRAINER" });
  const course = await makeCourse(t.db, trainer.id);
  const otherCourse = await makeCourse(t.db, otherTrainer.id);
  const student = await makeUser(t.db, { name: "Student On Course" });
  const stranger = await makeUser(t.db, { name: "Not Enrolled" });
  await enrollInCourse({ db: t.db, viewer: student, slug: course.slug });
  return { trainer, otherTrainer, course, otherCourse, student, stranger };
}

const input = (studentId: string, extra: Record<string, unknown> = {}) =>
  ZNoteInput.parse({ studentId, content: "Works well with treats", tags: ["Motivation", "leash"], ...extra });

describe("trainer notes", () => {
  it("lets a trainer keep tagged notes about their student, filter them and share some with the student", async () => {
    const { trainer, course, student } = await setup();
    const shared = await createNote({
      db: t.db,
      actor: trainer,
      input: input(student.id, { courseId: course.id, visibleToStudent: true, content: "Great progress on sit!" }),
    });
    expect(shared.tags).toEqual(["motivation", "leash"]);
    await createNote({ db: t.db, actor: trainer, input: input(student.id, { tags: ["health"], content: "Limps" }) });

    const all = await listStudentNotes({ db: t.db, actor: trainer, studentId: student.id });
    expect(all.notes.map((n) => n.content)).toEqual(["Limps", "Great progress on sit!"]);
    const health = await listStudentNotes({ db: t.db, actor: trainer, studentId: student.id, tag: "health" });
    expect(health.notes.map((n) => n.content)).toEqual(["Limps"]);
    expect(health.tags).toEqual(["health", "leash", "motivation"]);
    const students = await listMyStudents({ db: t.db, actor: trainer });
    expect(students).toEqual([
      expect.objectContaining({ id: student.id, notes: 2, courses: [{ id: course.id, title: "Test course" }] }),
    ]);

    // The student sees only what was shared.
    const visible = await listVisibleNotes({ db: t.db, userId: student.id });
    expect(visible.map((n) => n.content)).toEqual(["Great progress on sit!"]);
    await updateNote({
      db: t.db,
      actor: trainer,
      noteId: shared.id,
      update: ZNoteUpdate.parse({ visibleToStudent: false }),
    });
    expect(await listVisibleNotes({ db: t.db, userId: student.id })).toEqual([]);
    await deleteNote({ db: t.db, actor: trainer, noteId: shared.id });
    expect((await listStudentNotes({ db: t.db, actor: trainer, studentId: student.id })).notes).toHaveLength(1);
  });

  it("refuses notes about a student not on the trainer's courses, by another trainer, or by a student", async () => {
    const { trainer, otherTrainer, otherCourse, student, stranger } = await setup();
    const moderator = await makeUser(t.db, { role: "MODERATOR" });
    await expect(createNote({ db: t.db, actor: trainer, input: input(stranger.id) })).rejects.toMatchObject({
      status: 404,
    });
    await expect(createNote({ db: t.db, actor: otherTrainer, input: input(student.id) })).rejects.toMatchObject({
      status: 404,
    });
    // A course of someone else's cannot be named, even for one's own student.
    await expect(
      createNote({ db: t.db, actor: trainer, input: input(student.id, { courseId: otherCourse.id }) }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(createNote({ db: t.db, actor: student, input: input(student.id) })).rejects.toMatchObject({
      status: 403,
    });
    await expect(createNote({ db: t.db, actor: moderator, input: input(student.id) })).rejects.toMatchObject({
      status: 403,
    });
    await expect(listStudentNotes({ db: t.db, actor: otherTrainer, studentId: student.id })).rejects.toMatchObject({
      status: 404,
    });
    expect(await t.db.trainerNote.count({ where: { studentId: { in: [student.id, stranger.id] } } })).toBe(0);
  });

  it("lets only the author edit or delete a note; the note stays unchanged otherwise", async () => {
    const { trainer, otherTrainer, student } = await setup();
    const admin = await makeUser(t.db, { role: "ADMIN" });
    const note = await createNote({ db: t.db, actor: trainer, input: input(student.id) });
    const update = ZNoteUpdate.parse({ content: "Hijacked" });
    for (const actor of [otherTrainer, admin]) {
      await expect(updateNote({ db: t.db, actor, noteId: note.id, update })).rejects.toMatchObject({ status: 404 });
      await expect(deleteNote({ db: t.db, actor, noteId: note.id })).rejects.toMatchObject({ status: 404 });
    }
    await expect(updateNote({ db: t.db, actor: student, noteId: note.id, update })).rejects.toMatchObject({
      status: 403,
    });
    expect((await t.db.trainerNote.findUniqueOrThrow({ where: { id: note.id } })).content).toBe(
      "Works well with treats",
    );
  });

  it("validates input: empty text, too many or malformed tags, unknown fields", () => {
    const studentId = "8a4d3f0e-6c1b-4b8e-9a57-2f8c1d9e0b11";
    expect(ZNoteInput.safeParse({ studentId, content: "  " }).success).toBe(false);
    expect(ZNoteInput.safeParse({ studentId, content: "x", tags: ["bad tag!"] }).success).toBe(false);
    expect(
      ZNoteInput.safeParse({ studentId, content: "x", tags: Array.from({ length: 11 }, (_, i) => `t${i}`) }).success,
    ).toBe(false);
    expect(ZNoteInput.safeParse({ studentId, content: "x", authorId: studentId }).success).toBe(false);
    expect(ZNoteUpdate.safeParse({}).success).toBe(false);
    // A PATCH of one field keeps the others (no defaults sneak in).
    expect(ZNoteUpdate.parse({ content: "New" })).toEqual({ content: "New" });
  });
});
