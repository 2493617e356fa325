import type { TDb } from "@gafus/prisma";
import { findVisibleCourse } from "./find-visible-course";
import type { TViewer } from "./viewer";

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
  const course = await findVisibleCourse(db, viewer, slug);
  const key = { userId: viewer.id, courseId: course.id };
  if (favorite) await db.favoriteCourse.upsert({ where: { userId_courseId: key }, create: key, update: {} });
  else await db.favoriteCourse.deleteMany({ where: key });
  return { favorite };
}
