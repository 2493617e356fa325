import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";
import { loadEditableDay } from "./authorize";
import { appendStep } from "./placements";

/** Adds an existing step of the day's author to the end of the day (shared, not copied). */
export async function reuseStep({
  db,
  actor,
  dayId,
  stepId,
}: {
  db: TDb;
  actor: TActor;
  dayId: string;
  stepId: string;
}) {
  return db.$transaction(async (tx) => {
    const day = await loadEditableDay(tx, actor, dayId, true);
    const step = await tx.step.findUnique({ where: { id: stepId }, select: { authorId: true } });
    if (!step || step.authorId !== day.authorId) throw new AppError("not_found", "No such step in your library.");
    const already = await tx.stepOnDay.findFirst({ where: { dayId, stepId }, select: { id: true } });
    if (already) throw new AppError("conflict", "This step is already in the day.", { reason: "duplicate" });
    const placement = await appendStep(tx, dayId, stepId);
    return { stepId, placementId: placement.id, order: placement.order };
  });
}
