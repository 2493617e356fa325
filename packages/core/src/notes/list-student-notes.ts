import { can, type TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { assertMyStudent } from "./assert-my-student";

/**
 * The actor's notes about one of their students, newest first, optionally only those with a tag. Notes are a
 * trainer's own working memory: another trainer's notes about the same student are not shown (an admin sees all).
 */
export async function listStudentNotes({
  db,
  actor,
  studentId,
  tag,
}: {
  db: TDb;
  actor: TActor;
  studentId: string;
  tag?: string | null;
}) {
  const student = await assertMyStudent({ db, actor, studentId });
  const notes = await db.trainerNote.findMany({
    where: {
      studentId,
      ...(can(actor, "note:read-any") ? {} : { authorId: actor.id }),
      ...(tag ? { tags: { has: tag } } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 500,
    select: {
      id: true,
      content: true,
      tags: true,
      visibleToStudent: true,
      createdAt: true,
      updatedAt: true,
      authorId: true,
      author: { select: { name: true } },
      course: { select: { id: true, title: true } },
    },
  });
  const courses = await db.course.findMany({
    where: {
      enrollments: { some: { userId: studentId } },
      ...(can(actor, "student:view-any") ? {} : { authorId: actor.id }),
    },
    select: { id: true, title: true },
    orderBy: { title: "asc" },
  });
  // Every tag the actor used for this student, so the filter can switch between them while one is applied.
  const tagRows = await db.$queryRaw<{ tag: string }[]>`
    SELECT DISTINCT unnest(tags) AS tag FROM "TrainerNote"
    WHERE "studentId" = ${studentId}::uuid AND (${can(actor, "note:read-any")} OR "authorId" = ${actor.id}::uuid)
    ORDER BY tag`;
  return { student, courses, notes, tags: tagRows.map((r) => r.tag) };
}
