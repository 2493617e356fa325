import { createCourse } from "@gafus/core";
import { createCourseOp } from "@/contract/courses";
import { route } from "@/server/api";

/** POST /trainer/api/courses — a new unpublished course of the caller's. */
export const POST = route(createCourseOp, async ({ user, body, db }) => ({
  course: await createCourse({ db, actor: user, input: body }),
}));
