import { deleteNote, updateNote } from "@gafus/core";
import { deleteNoteOp, updateNoteOp } from "@/contract/notes";
import { route } from "@/server/api";

/** PATCH /trainer/api/notes/{id} — change content, tags or visibility (the note's author only). */
export const PATCH = route(updateNoteOp, async ({ user, params, body, db }) =>
  updateNote({ db, actor: user, noteId: params.id, update: body }),
);

/** DELETE /trainer/api/notes/{id} — the note's author only; 204. */
export const DELETE = route(deleteNoteOp, async ({ user, params, db }) => {
  await deleteNote({ db, actor: user, noteId: params.id });
});
