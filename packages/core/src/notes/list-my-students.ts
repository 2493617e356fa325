import { can, type TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";
import { myEnrollmentsWhere } from "./assert-my-student";

/** Students enrolled in the actor's courses (an admin: in any course), with those courses and the note count. */
export async function listMyStudents({ db, actor, take = 200 }: { db: TDb; actor: TActor; take?: number }) {
  if (!can(actor, "note:write")) throw new AppError("forbidden", "Only trainers keep notes about students.");
  const users = await db.user.findMany({
    where: { enrollments: { some: myEnrollmentsWhere(actor) } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take,
    select: {
      id: true,
      name: true,
      email: true,
      lastActiveAt: true,
      enrollments: {
        where: myEnrollmentsWhere(actor),
        select: { course: { select: { id: true, title: true } } },
      },
      _count: { select: { notesAbout: { where: { authorId: actor.id } } } },
    },
  });
  return users.map(({ _count, enrollments, ...user }) => ({
    ...user,
    courses: enrollments.map((e) => e.course),
    notes: _count.notesAbout,
  }));
}
