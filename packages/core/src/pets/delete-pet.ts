import type { TDb } from "@gafus/prisma";
import { findOwnPet } from "./find-own-pet";

/** Deletes a pet and its journal; enrollments keep going without a pet. */
export async function deletePet({ db, ownerId, petId }: { db: TDb; ownerId: string; petId: string }) {
  await findOwnPet(db, ownerId, petId);
  await db.pet.delete({ where: { id: petId } });
}
