import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";
import { appendOutboxEvent } from "../events/outbox";
import { loadEditableCourse } from "./authorize";

/**
 * Puts a course in the catalog. A course with no days, or with a day that has no steps, would strand students on an
 * empty page, so it is refused (409) with the days to fix named. Writes `content.course.published.v1`.
 */
export async function publishCourse({ db, actor, courseId }: { db: TDb; actor: TActor; courseId: string }) {
  return db.$transaction(async (tx) => {
    const course = await loadEditableCourse(tx, actor, courseId, true);
    const days = await tx.dayOnCourse.findMany({
      where: { courseId },
      orderBy: { order: "asc" },
      select: { day: { select: { title: true, _count: { select: { steps: true } } } } },
    });
    if (days.length === 0) {
      throw new AppError("conflict", "Add at least one day before publishing.", { reason: "no_days" });
    }
    const empty = days.flatMap((d, i) => (d.day._count.steps === 0 ? [{ number: i + 1, title: d.day.title }] : []));
    if (empty.length > 0) {
      const names = empty.map((d) => `${d.number} “${d.title}”`).join(", ");
      throw new AppError("conflict", `Every day needs at least one step. Empty days: ${names}.`, {
        reason: "empty_days",
        days: empty,
      });
    }
    if (course.isPublished) return { id: course.id, isPublished: true };
    await tx.course.update({ where: { id: courseId }, data: { isPublished: true, publishedAt: new Date() } });
    await appendOutboxEvent(tx, {
      eventType: "content.course.published.v1",
      aggregateType: "course",
      aggregateId: courseId,
      actorId: actor.id,
      data: {
        courseId,
        slug: course.slug,
        title: course.title,
        authorId: course.authorId,
        visibility: course.visibility,
        dayCount: days.length,
      },
    });
    return { id: course.id, isPublished: true };
  });
}
