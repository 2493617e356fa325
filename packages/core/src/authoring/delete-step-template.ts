import { can, type TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";
import { assertCanAuthor } from "./authorize";

/** Deletes one of the actor's templates; built-in ones only an admin may remove. Steps made from it stay. */
export async function deleteStepTemplate({ db, actor, templateId }: { db: TDb; actor: TActor; templateId: string }) {
  assertCanAuthor(actor);
  const template = await db.stepTemplate.findUnique({ where: { id: templateId }, select: { authorId: true } });
  const allowed =
    template &&
    (template.authorId === null
      ? can(actor, "template:delete-builtin")
      : can(actor, "course:edit", { ownerId: template.authorId }));
  if (!allowed) throw new AppError("not_found", "No such template.");
  await db.stepTemplate.delete({ where: { id: templateId } });
  return { removed: templateId };
}
