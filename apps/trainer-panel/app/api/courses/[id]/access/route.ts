import { grantCourseAccess } from "@gafus/core";
import { grantCourseAccessOp } from "@/contract/courses";
import { route } from "@/server/api";

/** POST /trainer/api/courses/{id}/access — { email }: let a student into a private course. */
export const POST = route(grantCourseAccessOp, async ({ user, params, body, db }) => ({
  student: await grantCourseAccess({ db, actor: user, courseId: params.id, email: body.email }),
}));
