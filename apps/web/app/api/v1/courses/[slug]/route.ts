import { getCourse } from "@gafus/core";
import { jsonResponse } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute, optionalApiUser } from "@/server/api";
import { stepParams, type TRouteContext } from "@/server/params";

/** GET /api/v1/courses/{slug} — course page: days with their state, rating, reviews, the caller's enrolment. */
export const GET = apiRoute(async (request: Request, { params }: TRouteContext) => {
  const { slug } = await stepParams(params);
  return jsonResponse({ course: await getCourse({ db: getDb(), viewer: await optionalApiUser(request), slug }) });
});
