import type { TDb } from "@gafus/prisma";

export type TProgressRow = {
  enrollmentId: string;
  name: string;
  email: string;
  pet: string | null;
  enrolledAt: Date;
  completedAt: Date | null;
  daysDone: number;
  stepsDone: number;
  lastActivity: Date | null;
  pendingExams: number;
};

const PAGE = 500;

/**
 * Every enrolment of a course with its progress counted by PostgreSQL, a page of 500 at a time (keyset on the
 * enrolment id), so an export of a large course never holds every student in memory. Callers check access first.
 */
export async function* listProgressRows({ db, courseId }: { db: TDb; courseId: string }) {
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const page = await db.$queryRaw<TProgressRow[]>`
      SELECT e.id AS "enrollmentId", u.name, u.email, p.name AS pet, e."createdAt" AS "enrolledAt", e."completedAt",
        (SELECT COUNT(*) FROM "UserDay" ud JOIN "DayOnCourse" d ON d.id = ud."dayOnCourseId"
          WHERE d."courseId" = e."courseId" AND ud."userId" = e."userId")::int AS "daysDone",
        (SELECT COUNT(*) FROM "UserStep" us JOIN "DayOnCourse" d ON d.id = us."dayOnCourseId"
          WHERE d."courseId" = e."courseId" AND us."userId" = e."userId" AND us.status = 'COMPLETED')::int AS "stepsDone",
        (SELECT MAX(us."updatedAt") FROM "UserStep" us JOIN "DayOnCourse" d ON d.id = us."dayOnCourseId"
          WHERE d."courseId" = e."courseId" AND us."userId" = e."userId") AS "lastActivity",
        (SELECT COUNT(*) FROM "ExamSubmission" x JOIN "UserStep" us ON us.id = x."userStepId"
          JOIN "DayOnCourse" d ON d.id = us."dayOnCourseId"
          WHERE d."courseId" = e."courseId" AND x."userId" = e."userId" AND x.status = 'PENDING')::int AS "pendingExams"
      FROM "Enrollment" e
      JOIN "User" u ON u.id = e."userId"
      LEFT JOIN "Pet" p ON p.id = e."petId"
      WHERE e."courseId" = ${courseId}::uuid AND e.id > ${after}::uuid
      ORDER BY e.id
      LIMIT ${PAGE}`;
    for (const row of page) yield row;
    if (page.length < PAGE) return;
    after = page[page.length - 1]!.enrollmentId;
  }
}
