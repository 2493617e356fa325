import type { TDb } from "@gafus/prisma";
import type { TViewer } from "../courses/viewer";
import { visibleCoursesWhere } from "../courses/visible-courses-where";
import type { TReason } from "./course-similarity";

function parseReason(text: string): TReason {
  try {
    const value = JSON.parse(text) as TReason;
    return value && typeof value === "object" && "kind" in value ? value : { kind: "popular" };
  } catch {
    return { kind: "popular" };
  }
}

/**
 * "Recommended for you", best first. Visibility and enrolment are checked again at read time: a course made
 * private or joined since the last refresh drops out at once.
 */
export async function listRecommendations({
  db,
  viewer,
  take = 4,
}: {
  db: TDb;
  viewer: NonNullable<TViewer>;
  take?: number;
}) {
  const rows = await db.recommendation.findMany({
    where: {
      userId: viewer.id,
      course: {
        AND: [visibleCoursesWhere(viewer), { isPublished: true, enrollments: { none: { userId: viewer.id } } }],
      },
    },
    orderBy: [{ score: "desc" }, { courseId: "asc" }],
    take,
    select: {
      score: true,
      reason: true,
      course: { select: { id: true, slug: true, title: true, shortDescription: true, level: true } },
    },
  });
  return rows.map((row) => ({ ...row.course, score: row.score, reason: parseReason(row.reason) }));
}
