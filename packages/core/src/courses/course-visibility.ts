import { can, type TActor } from "@gafus/auth/policy";
import type { Prisma, TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";

export type TViewer = TActor | null;

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

const PRIVATE_OR_MISSING = "No such course, or it is private: if a trainer sent you this link, ask them for access.";

type TCourseGate = { isPublished: boolean; visibility: "PUBLIC" | "PRIVATE"; authorId: string };

/** The same rule for one course, with the reason a viewer is refused; returns the course once allowed. */
export function assertCanViewCourse<T extends TCourseGate>(course: T | null, viewer: TViewer, hasAccess: boolean): T {
  if (!course) throw new AppError("not_found", "No such course.");
  const author = { ownerId: course.authorId };
  if (!course.isPublished && !can(viewer, "course:view-unpublished", author)) {
    throw new AppError("not_found", "No such course.");
  }
  if (course.visibility === "PRIVATE" && !hasAccess && !can(viewer, "course:view-private", author)) {
    // The same 404 as for a course that does not exist, so nobody can probe which private slugs exist.
    throw new AppError("not_found", PRIVATE_OR_MISSING);
  }
  return course;
}

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
