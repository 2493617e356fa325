import { listStatsCourses } from "@gafus/core";
import { jsonResponse } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute, requireApiUser } from "@/server/api";

/** GET /trainer/api/stats/courses — the caller's courses (an admin: all) with headline numbers. */
export const GET = apiRoute(async (request: Request) => {
  const user = await requireApiUser(request);
  return jsonResponse({ courses: await listStatsCourses({ db: getDb(), actor: user }) });
});
