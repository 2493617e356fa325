import type { TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";

export async function deletePreventionEntry({ db, ownerId, entryId }: { db: TDb; ownerId: string; entryId: string }) {
  const { count } = await db.petPreventionEntry.deleteMany({ where: { id: entryId, pet: { ownerId } } });
  if (!count) throw new AppError("not_found", "No such journal entry.");
}
