import type { TDb } from "@gafus/prisma";
import { toDate, type TPetInput } from "./schemas";

export function createPet({ db, ownerId, input }: { db: TDb; ownerId: string; input: TPetInput }) {
  return db.pet.create({
    data: { ...input, ownerId, birthDate: toDate(input.birthDate) ?? null },
    select: { id: true, name: true, type: true, breed: true, birthDate: true, notes: true },
  });
}
