import { can, type TActor } from "@gafus/auth/policy";
import type { Prisma, TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";

export type TClient = TDb | Prisma.TransactionClient;

/** A role that never authors (a student, a moderator) is refused outright: 403. */
export function assertCanAuthor(actor: TActor) {
  if (!can(actor, "course:create")) throw new AppError("forbidden", "Only trainers and admins edit courses.");
}

/** Another trainer's object answers exactly like a missing one (404), so ids cannot be probed. */
function assertEditable(actor: TActor, ownerId: string | null | undefined, what: string) {
  if (!ownerId || !can(actor, "course:edit", { ownerId })) throw new AppError("not_found", `No such ${what}.`);
}

/**
 * Row locks serialise concurrent edits of one course's (or day's) order, so two requests never compute the same
 * next position or renumber over each other.
 */
async function lockRow(db: TClient, table: "Course" | "TrainingDay", id: string) {
  if (table === "Course") await db.$queryRaw`SELECT 1 FROM "Course" WHERE id = ${id}::uuid FOR UPDATE`;
  else await db.$queryRaw`SELECT 1 FROM "TrainingDay" WHERE id = ${id}::uuid FOR UPDATE`;
}

const COURSE_FIELDS = {
  id: true,
  slug: true,
  title: true,
  authorId: true,
  isPublished: true,
  visibility: true,
} as const;

/** Checked before the lock, so another trainer's request never holds a row lock on someone else's course. */
export async function loadEditableCourse(db: TClient, actor: TActor, courseId: string, lock = false) {
  assertCanAuthor(actor);
  const course = await db.course.findUnique({ where: { id: courseId }, select: COURSE_FIELDS });
  assertEditable(actor, course?.authorId, "course");
  if (!lock) return course!;
  await lockRow(db, "Course", courseId);
  // Read again under the lock: what the caller acts on is what a concurrent edit left.
  return db.course.findUniqueOrThrow({ where: { id: courseId }, select: COURSE_FIELDS });
}

export async function loadEditableDay(db: TClient, actor: TActor, dayId: string, lock = false) {
  assertCanAuthor(actor);
  const day = await db.trainingDay.findUnique({ where: { id: dayId }, select: { id: true, authorId: true } });
  assertEditable(actor, day?.authorId, "day");
  if (lock) await lockRow(db, "TrainingDay", dayId);
  return day!;
}

export async function loadEditableStep(db: TClient, actor: TActor, stepId: string) {
  assertCanAuthor(actor);
  const step = await db.step.findUnique({ where: { id: stepId }, select: { id: true, authorId: true } });
  assertEditable(actor, step?.authorId, "step");
  return step!;
}
