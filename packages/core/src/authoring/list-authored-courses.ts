import { can, type TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";

/** "My courses": a trainer's own; admins and moderators see every course with its author. */
export async function listAuthoredCourses({ db, actor }: { db: TDb; actor: TActor }) {
  const seesAll = can(actor, "course:list-all");
  if (!seesAll && !can(actor, "course:create")) throw new AppError("forbidden", "Only trainers see their courses.");
  return db.course.findMany({
    where: seesAll ? {} : { authorId: actor.id },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      slug: true,
      title: true,
      isPublished: true,
      visibility: true,
      level: true,
      locale: true,
      updatedAt: true,
      authorId: true,
      author: { select: { name: true, email: true } },
      _count: { select: { days: true, enrollments: true } },
    },
  });
}
