import { getCourseStats } from "@gafus/core";
import { jsonResponse } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute, requireApiUser } from "@/server/api";

/** GET /trainer/api/stats/courses/{id} — enrolments, active, funnel, step drop-off and time (author or admin). */
export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireApiUser(request);
  const { id } = await params;
  return jsonResponse(await getCourseStats({ db: getDb(), actor: user, courseId: id }));
});
