import { can } from "@gafus/auth/policy";
import type { Prisma } from "@gafus/prisma";
import type { TViewer } from "./viewer";

/**
 * Which courses a viewer may see in the catalog: published public ones, published private ones they were given
 * access to, and everything they author. Staff (moderators, admins) see every published course.
 */
export function visibleCoursesWhere(viewer: TViewer): Prisma.CourseWhereInput {
  if (!viewer) return { isPublished: true, visibility: "PUBLIC" };
  if (can(viewer, "course:view-private-any")) {
    return { OR: [{ isPublished: true }, { authorId: viewer.id }] };
  }
  return {
    OR: [
      { isPublished: true, visibility: "PUBLIC" },
      { isPublished: true, visibility: "PRIVATE", access: { some: { userId: viewer.id } } },
      { authorId: viewer.id },
    ],
  };
}
