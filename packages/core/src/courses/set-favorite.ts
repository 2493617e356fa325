import type { TDb } from "@gafus/prisma";
import { assertCanViewCourse, type TViewer } from "./course-visibility";

/** Adds or removes a course from the student's favourites; setting the same state twice changes nothing. */
export async function setFavorite({
  db,
  viewer,
  slug,
  favorite,
}: {
  db: TDb;
  viewer: NonNullable<TViewer>;
  slug: string;
  favorite: boolean;
}) {
  const found = await db.course.findUnique({
    where: { slug },
    select: {
      id: true,
      isPublished: true,
      visibility: true,
      authorId: true,
      access: { where: { userId: viewer.id }, select: { userId: true } },
    },
  });
  const course = assertCanViewCourse(found, viewer, (found?.access.length ?? 0) > 0);
  const key = { userId: viewer.id, courseId: course.id };
  if (favorite) await db.favoriteCourse.upsert({ where: { userId_courseId: key }, create: key, update: {} });
  else await db.favoriteCourse.deleteMany({ where: key });
  return { favorite };
}
