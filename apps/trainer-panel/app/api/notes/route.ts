import { createNote, listStudentNotes } from "@gafus/core";
import { createNoteOp, listStudentNotesOp } from "@/contract/notes";
import { route } from "@/server/api";

/** GET /trainer/api/notes?studentId=…&tag=… — the caller's notes about one of their students. */
export const GET = route(listStudentNotesOp, async ({ user, query, db }) =>
  listStudentNotes({ db, actor: user, studentId: query.studentId, tag: query.tag || undefined }),
);

/** POST /trainer/api/notes — { studentId, courseId?, content, tags, visibleToStudent } → 201. */
export const POST = route(createNoteOp, async ({ user, body, db }) => createNote({ db, actor: user, input: body }));
