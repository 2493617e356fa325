import { removeDayFromCourse } from "@gafus/core";
import { removeCourseDayOp } from "@/contract/courses";
import { route } from "@/server/api";

/** DELETE /trainer/api/courses/{id}/days/{placementId} — take a day out of the course (it stays in the library). */
export const DELETE = route(removeCourseDayOp, async ({ user, params, db }) =>
  removeDayFromCourse({ db, actor: user, courseId: params.id, placementId: params.placementId }),
);
