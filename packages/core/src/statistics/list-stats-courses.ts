import { can, type TActor } from "@gafus/auth/policy";
import { Prisma, type TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";
import { activeSince } from "./active-window";

export type TStatsCourse = {
  id: string;
  title: string;
  isPublished: boolean;
  enrolments: number;
  active: number;
  completed: number;
  pendingExams: number;
};

/** The actor's courses (an admin: every course) with their headline numbers, counted in one SQL statement. */
export async function listStatsCourses({
  db,
  actor,
  now = new Date(),
}: {
  db: TDb;
  actor: TActor;
  now?: Date;
}): Promise<TStatsCourse[]> {
  if (!can(actor, "app:trainer-panel")) throw new AppError("forbidden", "Only trainers see course statistics.");
  const own = can(actor, "course:insights-any") ? Prisma.empty : Prisma.sql`WHERE c."authorId" = ${actor.id}::uuid`;
  return db.$queryRaw<TStatsCourse[]>`
    SELECT c.id, c.title, c."isPublished",
      (SELECT COUNT(*) FROM "Enrollment" e WHERE e."courseId" = c.id)::int AS enrolments,
      (SELECT COUNT(DISTINCT us."userId") FROM "UserStep" us JOIN "DayOnCourse" d ON d.id = us."dayOnCourseId"
        WHERE d."courseId" = c.id AND us."updatedAt" >= ${activeSince(now)})::int AS active,
      (SELECT COUNT(*) FROM "Enrollment" e WHERE e."courseId" = c.id AND e."completedAt" IS NOT NULL)::int AS completed,
      (SELECT COUNT(*) FROM "ExamSubmission" x JOIN "UserStep" us ON us.id = x."userStepId"
        JOIN "DayOnCourse" d ON d.id = us."dayOnCourseId"
        WHERE d."courseId" = c.id AND x.status = 'PENDING')::int AS "pendingExams"
    FROM "Course" c ${own}
    ORDER BY c."createdAt" DESC, c.id
    LIMIT 500`;
}
