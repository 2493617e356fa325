import type { TActor } from "@gafus/auth/policy";
import { Prisma, type TDb } from "@gafus/prisma";
import { loadEditableStep } from "./authorize";
import type { TTemplateInput } from "./schemas";

/** Copies a step into the actor's own template library under a category. */
export async function saveStepAsTemplate({
  db,
  actor,
  stepId,
  input,
}: {
  db: TDb;
  actor: TActor;
  stepId: string;
  input: TTemplateInput;
}) {
  await loadEditableStep(db, actor, stepId);
  const step = await db.step.findUniqueOrThrow({ where: { id: stepId } });
  return db.stepTemplate.create({
    data: {
      category: input.category,
      title: input.title ?? step.title,
      type: step.type,
      content: step.content,
      durationSec: step.durationSec,
      checklist: step.checklist,
      quiz: step.quiz === null ? Prisma.DbNull : (step.quiz as Prisma.InputJsonValue),
      requiresWrittenAnswer: step.requiresWrittenAnswer,
      requiresVideo: step.requiresVideo,
      authorId: actor.id,
    },
    select: { id: true, category: true, title: true },
  });
}
