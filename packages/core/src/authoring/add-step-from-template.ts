import type { TActor } from "@gafus/auth/policy";
import { Prisma, type TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";
import { loadEditableDay } from "./authorize";
import { appendStep } from "./placements";

/**
 * A new step copied from a template (built-in, the actor's own, or the day author's) at the end of a day. It is a
 * copy: changing the template later does not change the step.
 */
export async function addStepFromTemplate({
  db,
  actor,
  dayId,
  templateId,
}: {
  db: TDb;
  actor: TActor;
  dayId: string;
  templateId: string;
}) {
  return db.$transaction(async (tx) => {
    const day = await loadEditableDay(tx, actor, dayId, true);
    const template = await tx.stepTemplate.findFirst({
      where: { id: templateId, OR: [{ authorId: null }, { authorId: actor.id }, { authorId: day.authorId }] },
    });
    if (!template) throw new AppError("not_found", "No such template.");
    const step = await tx.step.create({
      data: {
        title: template.title,
        type: template.type,
        content: template.content,
        durationSec: template.durationSec,
        checklist: template.checklist,
        quiz: template.quiz === null ? Prisma.DbNull : (template.quiz as Prisma.InputJsonValue),
        requiresWrittenAnswer: template.requiresWrittenAnswer,
        requiresVideo: template.requiresVideo,
        authorId: day.authorId,
      },
      select: { id: true },
    });
    const placement = await appendStep(tx, dayId, step.id);
    return { stepId: step.id, placementId: placement.id, order: placement.order };
  });
}
