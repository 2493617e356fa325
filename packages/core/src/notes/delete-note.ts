import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { assertOwnNote } from "./assert-own-note";

export async function deleteNote({ db, actor, noteId }: { db: TDb; actor: TActor; noteId: string }) {
  await assertOwnNote(db, actor, noteId);
  await db.trainerNote.delete({ where: { id: noteId } });
}
