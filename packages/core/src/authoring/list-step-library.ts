import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { loadEditableDay } from "./authorize";

/** Steps of the day's author that this day does not hold yet: what "add an existing step" offers. */
export async function listStepLibrary({ db, actor, dayId }: { db: TDb; actor: TActor; dayId: string }) {
  const day = await loadEditableDay(db, actor, dayId);
  return db.step.findMany({
    where: { authorId: day.authorId, days: { none: { dayId } } },
    orderBy: { updatedAt: "desc" },
    take: 300,
    select: { id: true, title: true, type: true },
  });
}
