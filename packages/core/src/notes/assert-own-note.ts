import { can, type TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";
import { isUuid } from "../ids/is-uuid";

/** Only a note's author may change or delete it; anyone else (an admin too) gets 404, the note unchanged. */
export async function assertOwnNote(db: TDb, actor: TActor, noteId: string) {
  if (!can(actor, "note:write")) throw new AppError("forbidden", "Only trainers keep notes about students.");
  const note = isUuid(noteId)
    ? await db.trainerNote.findUnique({ where: { id: noteId }, select: { authorId: true } })
    : null;
  if (!note || note.authorId !== actor.id) throw new AppError("not_found", "No such note.");
}
