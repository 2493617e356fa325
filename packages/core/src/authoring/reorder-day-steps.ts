import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { loadEditableDay } from "./authorize";
import { assertSameSet, renumberSteps } from "./placements";

/** Puts a day's steps in the given order (placement ids) in one transaction; orders stay 1..n. */
export async function reorderDaySteps({
  db,
  actor,
  dayId,
  ids,
}: {
  db: TDb;
  actor: TActor;
  dayId: string;
  ids: string[];
}) {
  return db.$transaction(async (tx) => {
    await loadEditableDay(tx, actor, dayId, true);
    const current = await tx.stepOnDay.findMany({ where: { dayId }, select: { id: true } });
    assertSameSet(
      current.map((c) => c.id),
      ids,
    );
    await renumberSteps(tx, dayId, ids);
    return { ids };
  });
}
