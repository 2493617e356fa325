import { Prisma, type TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";
import { appendOutboxEvent } from "../events/outbox";
import { findVisibleCourse } from "../courses/find-visible-course";
import type { TViewer } from "../courses/viewer";

/**
 * Enrolls a student in a course they may see, with one of their own pets. Enrolling again changes only the pet,
 * so a double click or a retry never fails.
 */
export async function enrollInCourse({
  db,
  viewer,
  slug,
  petId,
}: {
  db: TDb;
  viewer: NonNullable<TViewer>;
  slug: string;
  petId?: string | null;
}) {
  const course = await findVisibleCourse(db, viewer, slug);
  if (!course.isPublished) throw new AppError("validation_failed", "This course is not published yet.");
  if (petId) {
    const pet = await db.pet.findFirst({ where: { id: petId, ownerId: viewer.id }, select: { id: true } });
    if (!pet)
      throw new AppError("validation_failed", "Choose one of your own pets.", { fields: { petId: ["Unknown pet"] } });
  }
  try {
    return await enrollOnce(db, viewer.id, course.id, petId);
  } catch (error) {
    // Two enrolments at the same moment (a double click): the loser finds the winner's row.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return enrollOnce(db, viewer.id, course.id, petId);
    throw error;
  }
}

/** One attempt: the enrolment and its event in one transaction, or the existing row with the pet changed. */
function enrollOnce(db: TDb, userId: string, courseId: string, petId?: string | null) {
  return db.$transaction(async (tx) => {
    const existing = await tx.enrollment.findUnique({ where: { userId_courseId: { userId, courseId } } });
    if (existing) return tx.enrollment.update({ where: { id: existing.id }, data: { petId: petId ?? existing.petId } });
    const enrollment = await tx.enrollment.create({ data: { userId, courseId, petId: petId ?? null } });
    await appendOutboxEvent(tx, {
      eventType: "training.course.enrolled.v1",
      aggregateType: "enrollment",
      aggregateId: enrollment.id,
      actorId: userId,
      data: { userId, courseId, petId: petId ?? null },
    });
    return enrollment;
  });
}
