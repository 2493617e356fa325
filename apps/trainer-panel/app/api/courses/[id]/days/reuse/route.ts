import { reuseDay, ZReuseDay } from "@gafus/core";
import { jsonResponse, readJsonBody } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute } from "@/server/api";
import { idParam, requirePanelUser, type TRouteContext } from "@/modules/authoring/route-helpers";

/** POST /trainer/api/courses/{id}/days/reuse — { dayId }: add a day from the author's library. */
export const POST = apiRoute(async (request: Request, context: TRouteContext) => {
  const user = await requirePanelUser(request);
  const courseId = await idParam(context);
  const body = await readJsonBody(request, ZReuseDay);
  return jsonResponse({ day: await reuseDay({ db: getDb(), actor: user, courseId, dayId: body.dayId }) }, 201);
});
