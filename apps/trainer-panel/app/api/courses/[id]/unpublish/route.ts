import { unpublishCourse } from "@gafus/core";
import { unpublishCourseOp } from "@/contract/courses";
import { route } from "@/server/api";

/** POST /trainer/api/courses/{id}/unpublish */
export const POST = route(unpublishCourseOp, async ({ user, params, db }) => ({
  course: await unpublishCourse({ db, actor: user, courseId: params.id }),
}));
