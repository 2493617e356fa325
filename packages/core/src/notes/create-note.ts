import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { assertMyStudent } from "./assert-my-student";
import type { TNoteInput } from "./schemas";

/** A new note about one of the actor's students; a course, when named, must be one of theirs the student is on. */
export async function createNote({ db, actor, input }: { db: TDb; actor: TActor; input: TNoteInput }) {
  await assertMyStudent({ db, actor, studentId: input.studentId, courseId: input.courseId });
  return db.trainerNote.create({
    data: {
      authorId: actor.id,
      studentId: input.studentId,
      courseId: input.courseId ?? null,
      content: input.content,
      tags: [...new Set(input.tags)],
      visibleToStudent: input.visibleToStudent,
    },
    select: { id: true, content: true, tags: true, visibleToStudent: true, createdAt: true, courseId: true },
  });
}
