import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { loadEditableDay } from "./authorize";
import { appendStep } from "./placements";
import type { TStepInput } from "./schemas";
import { assertUsableVideo, stepData } from "./step-data";

/** A new step at the end of a day, owned by the day's author. */
export async function addNewStep({
  db,
  actor,
  dayId,
  input,
}: {
  db: TDb;
  actor: TActor;
  dayId: string;
  input: TStepInput;
}) {
  return db.$transaction(async (tx) => {
    const day = await loadEditableDay(tx, actor, dayId, true);
    await assertUsableVideo(tx, day.authorId, input.videoAssetId);
    const step = await tx.step.create({ data: { ...stepData(input), authorId: day.authorId }, select: { id: true } });
    const placement = await appendStep(tx, dayId, step.id);
    return { stepId: step.id, placementId: placement.id, order: placement.order };
  });
}
