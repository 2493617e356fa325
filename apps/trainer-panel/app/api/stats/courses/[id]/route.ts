import { getCourseStats } from "@gafus/core";
import { getCourseStatsOp } from "@/contract/stats";
import { route } from "@/server/api";

/** GET /trainer/api/stats/courses/{id} — enrolments, active, funnel, step drop-off and time (author or admin). */
export const GET = route(getCourseStatsOp, async ({ user, params, db }) =>
  getCourseStats({ db, actor: user, courseId: params.id }),
);
