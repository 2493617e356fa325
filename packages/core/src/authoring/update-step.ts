import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { loadEditableStep } from "./authorize";
import type { TStepInput } from "./schemas";
import { assertUsableVideo, stepData } from "./step-data";

/** Replaces a step's content; it changes in every day and course that uses the step. */
export async function updateStep({
  db,
  actor,
  stepId,
  input,
}: {
  db: TDb;
  actor: TActor;
  stepId: string;
  input: TStepInput;
}) {
  const step = await loadEditableStep(db, actor, stepId);
  await assertUsableVideo(db, step.authorId, input.videoAssetId);
  return db.step.update({
    where: { id: stepId },
    data: stepData(input),
    select: { id: true, title: true, type: true },
  });
}
