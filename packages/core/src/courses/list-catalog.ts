import type { Prisma, TDb } from "@gafus/prisma";
import { z } from "zod";
import type { TViewer } from "./viewer";
import { visibleCoursesWhere } from "./visible-courses-where";

export const ZCatalogQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  level: z.enum(["BEGINNER", "INTERMEDIATE", "ADVANCED"]).optional(),
  access: z.enum(["all", "free", "private"]).default("all"),
  sort: z.enum(["new", "rating", "name", "progress"]).default("new"),
  favorites: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  locale: z.enum(["ru", "en"]).optional(),
});
export type TCatalogQuery = z.infer<typeof ZCatalogQuery>;

/**
 * The catalog a viewer may see, searched (title and descriptions, case-insensitive), filtered and sorted. Ratings
 * and the viewer's progress are computed in two grouped queries, not per course.
 */
export async function listCatalog({ db, viewer, query }: { db: TDb; viewer: TViewer; query: TCatalogQuery }) {
  const filters: Prisma.CourseWhereInput[] = [visibleCoursesWhere(viewer)];
  if (query.q) {
    filters.push({
      OR: ["title", "shortDescription", "description"].map((field) => ({
        [field]: { contains: query.q, mode: "insensitive" },
      })),
    });
  }
  if (query.level) filters.push({ level: query.level });
  if (query.locale) filters.push({ locale: query.locale });
  if (query.access === "free") filters.push({ visibility: "PUBLIC" });
  if (query.access === "private") filters.push({ visibility: "PRIVATE" });
  if (query.favorites && viewer) filters.push({ favorites: { some: { userId: viewer.id } } });

  const courses = await db.course.findMany({
    where: { AND: filters },
    orderBy: query.sort === "name" ? { title: "asc" } : { createdAt: "desc" },
    take: 200,
    select: {
      id: true,
      slug: true,
      title: true,
      shortDescription: true,
      level: true,
      locale: true,
      coverUrl: true,
      visibility: true,
      createdAt: true,
      author: { select: { name: true } },
      _count: { select: { days: true } },
    },
  });
  const ids = courses.map((c) => c.id);
  const [ratings, favorites, enrollments, doneDays] = await Promise.all([
    db.courseReview.groupBy({
      by: ["courseId"],
      where: { courseId: { in: ids } },
      _avg: { rating: true },
      _count: true,
    }),
    viewer
      ? db.favoriteCourse.findMany({ where: { userId: viewer.id, courseId: { in: ids } }, select: { courseId: true } })
      : [],
    viewer
      ? db.enrollment.findMany({ where: { userId: viewer.id, courseId: { in: ids } }, select: { courseId: true } })
      : [],
    viewer
      ? db.userDay.findMany({
          where: { userId: viewer.id, dayOnCourse: { courseId: { in: ids } } },
          select: { dayOnCourse: { select: { courseId: true } } },
        })
      : [],
  ]);
  const ratingOf = new Map(ratings.map((r) => [r.courseId, { average: r._avg.rating ?? null, count: r._count }]));
  const favoriteIds = new Set(favorites.map((f) => f.courseId));
  const enrolledIds = new Set(enrollments.map((e) => e.courseId));
  const doneCount = new Map<string, number>();
  for (const d of doneDays) doneCount.set(d.dayOnCourse.courseId, (doneCount.get(d.dayOnCourse.courseId) ?? 0) + 1);

  const items = courses.map(({ _count, author, ...c }) => ({
    ...c,
    authorName: author.name,
    dayCount: _count.days,
    rating: ratingOf.get(c.id) ?? { average: null, count: 0 },
    isFavorite: favoriteIds.has(c.id),
    isEnrolled: enrolledIds.has(c.id),
    progress:
      enrolledIds.has(c.id) && _count.days ? Math.round(((doneCount.get(c.id) ?? 0) / _count.days) * 100) : null,
  }));
  if (query.sort === "rating")
    items.sort((a, b) => (b.rating.average ?? 0) - (a.rating.average ?? 0) || b.rating.count - a.rating.count);
  if (query.sort === "progress") items.sort((a, b) => (b.progress ?? -1) - (a.progress ?? -1));
  return items;
}

export type TCatalogItem = Awaited<ReturnType<typeof listCatalog>>[number];
