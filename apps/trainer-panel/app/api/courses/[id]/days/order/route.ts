import { reorderCourseDays, ZReorder } from "@gafus/core";
import { jsonResponse, readJsonBody } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute } from "@/server/api";
import { idParam, requirePanelUser, type TRouteContext } from "@/modules/authoring/route-helpers";

/** PUT /trainer/api/courses/{id}/days/order — { ids }: every placement id of the course, first to last. */
export const PUT = apiRoute(async (request: Request, context: TRouteContext) => {
  const user = await requirePanelUser(request);
  const courseId = await idParam(context);
  const { ids } = await readJsonBody(request, ZReorder);
  return jsonResponse(await reorderCourseDays({ db: getDb(), actor: user, courseId, ids }));
});
