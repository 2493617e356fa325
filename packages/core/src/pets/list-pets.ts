import type { TDb } from "@gafus/prisma";

/** The owner's pets with their prevention journal, soonest reminder first. */
export function listPets({ db, ownerId }: { db: TDb; ownerId: string }) {
  return db.pet.findMany({
    where: { ownerId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      name: true,
      type: true,
      breed: true,
      birthDate: true,
      notes: true,
      photoKey: true,
      prevention: {
        orderBy: { date: "desc" },
        select: { id: true, kind: true, title: true, date: true, nextDueAt: true, notes: true },
      },
    },
  });
}
