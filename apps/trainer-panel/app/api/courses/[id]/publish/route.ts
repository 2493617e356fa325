import { publishCourse } from "@gafus/core";
import { publishCourseOp } from "@/contract/courses";
import { route } from "@/server/api";

/** POST /trainer/api/courses/{id}/publish */
export const POST = route(publishCourseOp, async ({ user, params, db }) => ({
  course: await publishCourse({ db, actor: user, courseId: params.id }),
}));
