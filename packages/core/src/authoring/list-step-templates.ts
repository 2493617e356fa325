import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { assertCanAuthor } from "./authorize";

/** Built-in templates and the actor's own, optionally of one category, with every category for the filter. */
export async function listStepTemplates({ db, actor, category }: { db: TDb; actor: TActor; category?: string }) {
  assertCanAuthor(actor);
  const visible = { OR: [{ authorId: null }, { authorId: actor.id }] };
  const [templates, categories] = await Promise.all([
    db.stepTemplate.findMany({
      where: { ...visible, ...(category ? { category } : {}) },
      orderBy: [{ category: "asc" }, { title: "asc" }],
      select: {
        id: true,
        category: true,
        title: true,
        type: true,
        content: true,
        durationSec: true,
        authorId: true,
      },
    }),
    db.stepTemplate.findMany({
      where: visible,
      distinct: ["category"],
      orderBy: { category: "asc" },
      select: { category: true },
    }),
  ]);
  return {
    templates: templates.map((t) => ({ ...t, isBuiltIn: t.authorId === null })),
    categories: categories.map((c) => c.category),
  };
}
