import { getTrainingDay } from "@gafus/core";
import { jsonResponse } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute, requireApiUser } from "@/server/api";
import { stepParams, type TRouteContext } from "@/server/params";

/** GET /api/v1/courses/{slug}/days/{day} — an open day of an enrolled student, steps with state and timers. */
export const GET = apiRoute(async (request: Request, { params }: TRouteContext) => {
  const user = await requireApiUser(request);
  const { slug, day } = await stepParams(params);
  const result = await getTrainingDay({
    db: getDb(),
    userId: user.id,
    userName: user.name,
    slug,
    dayNumber: day!,
    petFallback: "",
  });
  return jsonResponse({ day: result });
});
