import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { assertCanAuthor } from "./authorize";
import type { TCourseInput } from "./schemas";
import { freeSlugFor, isUniqueViolation, slugTaken } from "./unique-slug";

/** A new, unpublished course authored by the actor; the slug comes from the title unless one is given. */
export async function createCourse({ db, actor, input }: { db: TDb; actor: TActor; input: TCourseInput }) {
  assertCanAuthor(actor);
  const slug = input.slug ?? (await freeSlugFor(db, input.title));
  try {
    return await db.course.create({
      data: {
        title: input.title,
        slug,
        shortDescription: input.shortDescription ?? "",
        description: input.description ?? "",
        level: input.level ?? "BEGINNER",
        locale: input.locale ?? "ru",
        visibility: input.visibility ?? "PUBLIC",
        isPublished: false,
        authorId: actor.id,
      },
      select: { id: true, slug: true, title: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTaken();
    throw error;
  }
}
