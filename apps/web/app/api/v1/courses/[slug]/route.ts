import { getCourse } from "@gafus/core";
import { getCourseOp } from "@/contract/courses";
import { route } from "@/server/api";

/** GET /api/v1/courses/{slug} — course page: days with their state, rating, reviews, the caller's enrolment. */
export const GET = route(getCourseOp, async ({ user, params, db }) => ({
  course: await getCourse({ db, viewer: user, slug: params.slug }),
}));
