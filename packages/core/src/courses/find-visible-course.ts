import type { TDb } from "@gafus/prisma";
import { assertCanViewCourse } from "./assert-can-view-course";
import type { TViewer } from "./viewer";

/** The course behind a slug if the viewer may see it (404 otherwise), with what callers check next. */
export async function findVisibleCourse(db: TDb, viewer: NonNullable<TViewer>, slug: string) {
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
  return assertCanViewCourse(found, viewer, (found?.access.length ?? 0) > 0);
}
