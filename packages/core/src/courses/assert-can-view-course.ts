import { can } from "@gafus/auth/policy";
import { AppError } from "../errors/app-error";
import type { TViewer } from "./viewer";

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
