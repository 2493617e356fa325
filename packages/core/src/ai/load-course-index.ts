import type { TDb } from "@gafus/prisma";
import { tfIdfVectors, type TVector } from "./course-similarity";

export type TCourseIndex = { vectors: Map<string, TVector>; titles: Map<string, string> };

/** TF-IDF over each published course's title, descriptions and step titles (text joined by PostgreSQL). */
export async function loadCourseIndex(db: TDb): Promise<TCourseIndex> {
  const rows = await db.$queryRaw<{ id: string; title: string; text: string }[]>`
    SELECT c.id, c.title,
      c.title || ' ' || c.title || ' ' || c."shortDescription" || ' ' || c.description || ' ' ||
        COALESCE(string_agg(s.title, ' '), '') AS text
    FROM "Course" c
    LEFT JOIN "DayOnCourse" d ON d."courseId" = c.id
    LEFT JOIN "StepOnDay" sod ON sod."dayId" = d."dayId"
    LEFT JOIN "Step" s ON s.id = sod."stepId"
    WHERE c."isPublished"
    GROUP BY c.id`;
  return { vectors: tfIdfVectors(rows), titles: new Map(rows.map((r) => [r.id, r.title])) };
}
