import { reuseDay } from "@gafus/core";
import { reuseCourseDayOp } from "@/contract/courses";
import { route } from "@/server/api";

/** POST /trainer/api/courses/{id}/days/reuse — { dayId }: add a day from the author's library. */
export const POST = route(reuseCourseDayOp, async ({ user, params, body, db }) => ({
  day: await reuseDay({ db, actor: user, courseId: params.id, dayId: body.dayId }),
}));
