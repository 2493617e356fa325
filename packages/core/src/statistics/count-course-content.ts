import type { TDb } from "@gafus/prisma";

/** How many days and steps the course has, the denominators of a student's progress. */
export async function countCourseContent({ db, courseId }: { db: TDb; courseId: string }) {
  const [row] = await db.$queryRaw<{ days: number; steps: number }[]>`
    SELECT COUNT(DISTINCT d.id)::int AS days, COUNT(sod.id)::int AS steps
    FROM "DayOnCourse" d LEFT JOIN "StepOnDay" sod ON sod."dayId" = d."dayId"
    WHERE d."courseId" = ${courseId}::uuid`;
  return row ?? { days: 0, steps: 0 };
}
