import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { assertOwnNote } from "./assert-own-note";
import type { TNoteUpdate } from "./schemas";

export async function updateNote({
  db,
  actor,
  noteId,
  update,
}: {
  db: TDb;
  actor: TActor;
  noteId: string;
  update: TNoteUpdate;
}) {
  await assertOwnNote(db, actor, noteId);
  return db.trainerNote.update({
    where: { id: noteId },
    data: { ...update, ...(update.tags ? { tags: [...new Set(update.tags)] } : {}) },
    select: { id: true, content: true, tags: true, visibleToStudent: true, updatedAt: true },
  });
}
