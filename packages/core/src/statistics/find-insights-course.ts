import { can, type TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";
import { isUuid } from "../ids/is-uuid";

/**
 * The course whose statistics, exports or reports the actor asks for. A role outside the trainer panel is refused
 * (403); a trainer asking about someone else's course gets 404, so course ids cannot be probed.
 */
export async function findInsightsCourse({ db, actor, courseId }: { db: TDb; actor: TActor; courseId: string }) {
  if (!can(actor, "app:trainer-panel")) throw new AppError("forbidden", "Only trainers see course statistics.");
  const course = isUuid(courseId)
    ? await db.course.findUnique({
        where: { id: courseId },
        select: { id: true, title: true, slug: true, description: true, authorId: true, isPublished: true },
      })
    : null;
  if (!course || !can(actor, "course:insights", { ownerId: course.authorId })) {
    throw new AppError("not_found", "No such course.");
  }
  return course;
}
