import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { readQuiz } from "../training/quiz";
import { loadEditableStep } from "./authorize";
import { coursesUsingSteps } from "./step-usage";

/** The step editor: every field, and the courses that use the step (so a shared edit is no surprise). */
export async function getStepForEditing({ db, actor, stepId }: { db: TDb; actor: TActor; stepId: string }) {
  await loadEditableStep(db, actor, stepId);
  const step = await db.step.findUniqueOrThrow({
    where: { id: stepId },
    select: {
      id: true,
      title: true,
      type: true,
      content: true,
      durationSec: true,
      videoUrl: true,
      videoAssetId: true,
      checklist: true,
      quiz: true,
      requiresWrittenAnswer: true,
      requiresVideo: true,
      authorId: true,
    },
  });
  const usedIn = (await coursesUsingSteps(db, [stepId])).get(stepId) ?? [];
  return { ...step, quiz: step.type === "EXAMINATION" ? readQuiz(step.quiz) : null, usedIn };
}

export type TStepEditor = Awaited<ReturnType<typeof getStepForEditing>>;
