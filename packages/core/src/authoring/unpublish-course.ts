import { can, type TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";
import { appendOutboxEvent } from "../events/outbox";

/**
 * Takes a course out of the catalog (enrolled students lose access until it returns). Its author, an admin, or a
 * moderator may; a student gets 403 and another trainer 404. Writes `content.course.unpublished.v1`.
 */
export async function unpublishCourse({ db, actor, courseId }: { db: TDb; actor: TActor; courseId: string }) {
  if (!can(actor, "app:trainer-panel")) throw new AppError("forbidden", "Only trainers and moderators do this.");
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Course" WHERE id = ${courseId}::uuid FOR UPDATE`;
    const course = await tx.course.findUnique({
      where: { id: courseId },
      select: { id: true, slug: true, title: true, authorId: true, isPublished: true },
    });
    if (!course || !can(actor, "course:unpublish", { ownerId: course.authorId })) {
      throw new AppError("not_found", "No such course.");
    }
    if (!course.isPublished) return { id: course.id, isPublished: false };
    await tx.course.update({ where: { id: courseId }, data: { isPublished: false } });
    await appendOutboxEvent(tx, {
      eventType: "content.course.unpublished.v1",
      aggregateType: "course",
      aggregateId: courseId,
      actorId: actor.id,
      data: { courseId, slug: course.slug, title: course.title, authorId: course.authorId, byRole: actor.role },
    });
    return { id: course.id, isPublished: false };
  });
}
