import type { TDb } from "@gafus/prisma";
import { visibleCoursesWhere } from "../courses/visible-courses-where";
import { rankCourses } from "./course-similarity";
import { loadCourseIndex, type TCourseIndex } from "./load-course-index";

/**
 * Recomputes one student's "Recommended for you": only published courses they may see, never one they are
 * enrolled in or author. Replaces their rows in one transaction, so readers see the old list or the new one.
 */
export async function refreshRecommendations({ db, userId, index }: { db: TDb; userId: string; index?: TCourseIndex }) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, role: true } });
  if (!user) return [];
  const courseIndex = index ?? (await loadCourseIndex(db));
  const enrolled = (await db.enrollment.findMany({ where: { userId }, select: { courseId: true } })).map(
    (e) => e.courseId,
  );
  const candidates = (
    await db.course.findMany({
      where: {
        AND: [
          visibleCoursesWhere(user),
          { isPublished: true, authorId: { not: userId }, enrollments: { none: { userId } } },
        ],
      },
      select: { id: true },
    })
  ).map((c) => c.id);
  if (candidates.length === 0) {
    await db.recommendation.deleteMany({ where: { userId } });
    return [];
  }
  // Co-enrolment: other students of my courses, counted per candidate, with the course of mine they share most.
  const co = await db.$queryRaw<{ courseId: string; viaCourseId: string; count: number }[]>`
    SELECT DISTINCT ON (e2."courseId") e2."courseId", e1."courseId" AS "viaCourseId",
      (COUNT(*) OVER (PARTITION BY e2."courseId"))::int AS count
    FROM "Enrollment" e1
    JOIN "Enrollment" e2 ON e2."userId" = e1."userId" AND e2."courseId" <> e1."courseId"
    WHERE e1."courseId" = ANY(${enrolled}::uuid[]) AND e1."userId" <> ${userId}::uuid
      AND e2."courseId" = ANY(${candidates}::uuid[])
    ORDER BY e2."courseId"`;
  const popular = await db.$queryRaw<{ courseId: string; count: number }[]>`
    SELECT "courseId", COUNT(*)::int AS count FROM "Enrollment"
    WHERE "courseId" = ANY(${candidates}::uuid[]) GROUP BY "courseId"`;
  const ranked = rankCourses({
    ...courseIndex,
    enrolled,
    candidates,
    coEnrolment: new Map(co.map((c) => [c.courseId, c])),
    popularity: new Map(popular.map((p) => [p.courseId, p.count])),
  });
  await db.$transaction([
    db.recommendation.deleteMany({ where: { userId } }),
    db.recommendation.createMany({
      data: ranked.map((r) => ({ userId, courseId: r.courseId, score: r.score, reason: JSON.stringify(r.reason) })),
    }),
  ]);
  return ranked;
}
