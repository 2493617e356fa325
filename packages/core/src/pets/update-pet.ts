import type { TDb } from "@gafus/prisma";
import { findOwnPet } from "./find-own-pet";
import { toDate, type TPetUpdate } from "./schemas";

export async function updatePet({
  db,
  ownerId,
  petId,
  input,
}: {
  db: TDb;
  ownerId: string;
  petId: string;
  input: TPetUpdate;
}) {
  await findOwnPet(db, ownerId, petId);
  return db.pet.update({
    where: { id: petId },
    data: { ...input, birthDate: toDate(input.birthDate) },
    select: { id: true, name: true, type: true, breed: true, birthDate: true, notes: true },
  });
}
