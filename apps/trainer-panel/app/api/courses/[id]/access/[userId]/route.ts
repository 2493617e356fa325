import { revokeCourseAccess } from "@gafus/core";
import { revokeCourseAccessOp } from "@/contract/courses";
import { route } from "@/server/api";

/** DELETE /trainer/api/courses/{id}/access/{userId} — remove a student from the access list. */
export const DELETE = route(revokeCourseAccessOp, async ({ user, params, db }) =>
  revokeCourseAccess({ db, actor: user, courseId: params.id, userId: params.userId }),
);
