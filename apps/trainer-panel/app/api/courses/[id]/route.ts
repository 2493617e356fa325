import { updateCourse } from "@gafus/core";
import { updateCourseOp } from "@/contract/courses";
import { route } from "@/server/api";

/** PATCH /trainer/api/courses/{id} — change the named details (another trainer's course: 404). */
export const PATCH = route(updateCourseOp, async ({ user, params, body, db }) => ({
  course: await updateCourse({ db, actor: user, courseId: params.id, input: body }),
}));
