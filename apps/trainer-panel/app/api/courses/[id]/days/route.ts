import { addNewDay } from "@gafus/core";
import { addCourseDayOp } from "@/contract/courses";
import { route } from "@/server/api";

/** POST /trainer/api/courses/{id}/days — a new day at the end of the course. */
export const POST = route(addCourseDayOp, async ({ user, params, body, db }) => ({
  day: await addNewDay({ db, actor: user, courseId: params.id, input: body }),
}));
