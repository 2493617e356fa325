import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";
import { loadEditableDay } from "./authorize";
import { renumberSteps } from "./placements";

/**
 * Takes a step out of a day and closes the gap; the step stays in the library. Kept (409) when students already
 * have progress or exam submissions on it there, which removal would delete.
 */
export async function removeStepFromDay({
  db,
  actor,
  dayId,
  placementId,
}: {
  db: TDb;
  actor: TActor;
  dayId: string;
  placementId: string;
}) {
  return db.$transaction(async (tx) => {
    await loadEditableDay(tx, actor, dayId, true);
    const placement = await tx.stepOnDay.findFirst({
      where: { id: placementId, dayId },
      select: { id: true, _count: { select: { userSteps: true } } },
    });
    if (!placement) throw new AppError("not_found", "No such step in this day.");
    if (placement._count.userSteps > 0) {
      throw new AppError("conflict", "Students have already worked on this step, so it cannot be removed.", {
        reason: "has_progress",
      });
    }
    await tx.stepOnDay.delete({ where: { id: placementId } });
    const rest = await tx.stepOnDay.findMany({ where: { dayId }, orderBy: { order: "asc" }, select: { id: true } });
    await renumberSteps(
      tx,
      dayId,
      rest.map((r) => r.id),
    );
    return { removed: placementId };
  });
}
