import type { Prisma, TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";

/** Another owner's pet answers 404, exactly like a missing one, so ids cannot be probed. */
export async function findOwnPet(db: TDb | Prisma.TransactionClient, ownerId: string, petId: string) {
  const pet = await db.pet.findFirst({ where: { id: petId, ownerId }, select: { id: true } });
  if (!pet) throw new AppError("not_found", "No such pet.");
  return pet;
}
