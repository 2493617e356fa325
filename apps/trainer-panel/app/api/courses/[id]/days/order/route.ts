import { reorderCourseDays } from "@gafus/core";
import { reorderCourseDaysOp } from "@/contract/courses";
import { route } from "@/server/api";

/** PUT /trainer/api/courses/{id}/days/order — { ids }: every placement id of the course, first to last. */
export const PUT = route(reorderCourseDaysOp, async ({ user, params, body, db }) =>
  reorderCourseDays({ db, actor: user, courseId: params.id, ids: body.ids }),
);
