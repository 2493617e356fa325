import { listStatsCourses } from "@gafus/core";
import { listStatsCoursesOp } from "@/contract/stats";
import { route } from "@/server/api";

/** GET /trainer/api/stats/courses — the caller's courses (an admin: all) with headline numbers. */
export const GET = route(listStatsCoursesOp, async ({ user, db }) => ({
  courses: await listStatsCourses({ db, actor: user }),
}));
