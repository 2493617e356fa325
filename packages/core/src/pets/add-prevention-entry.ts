import type { TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";
import { findOwnPet } from "./find-own-pet";
import { toDate, type TPreventionInput } from "./schemas";

/** A vaccination, deworming or tick treatment in the pet's journal, with the date it is due again. */
export async function addPreventionEntry({
  db,
  ownerId,
  petId,
  input,
}: {
  db: TDb;
  ownerId: string;
  petId: string;
  input: TPreventionInput;
}) {
  await findOwnPet(db, ownerId, petId);
  if (input.nextDueAt && input.nextDueAt < input.date) {
    throw new AppError("validation_failed", "The next date must come after this one.", {
      fields: { nextDueAt: ["Must be after the date"] },
    });
  }
  return db.petPreventionEntry.create({
    data: { ...input, petId, date: toDate(input.date)!, nextDueAt: toDate(input.nextDueAt) ?? null },
    select: { id: true, kind: true, title: true, date: true, nextDueAt: true, notes: true },
  });
}
