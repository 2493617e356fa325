import { Prisma } from "@gafus/prisma";
import { AppError } from "../errors/app-error";
import type { TClient } from "./authorize";
import { slugify } from "./slugify";

export function slugTaken(): AppError {
  return new AppError("conflict", "This address is taken by another course.", {
    reason: "slug_taken",
    fields: { slug: ["This address is taken by another course"] },
  });
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** The title's slug, or the first free one of slug-2, slug-3, … */
export async function freeSlugFor(db: TClient, title: string): Promise<string> {
  const base = slugify(title);
  const taken = new Set(
    (await db.course.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((c) => c.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
