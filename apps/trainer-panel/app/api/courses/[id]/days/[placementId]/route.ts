import { removeDayFromCourse } from "@gafus/core";
import { jsonResponse } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute } from "@/server/api";
import { idParam, requirePanelUser, type TRouteContext } from "@/modules/authoring/route-helpers";

/** DELETE /trainer/api/courses/{id}/days/{placementId} — take a day out of the course (it stays in the library). */
export const DELETE = apiRoute(async (request: Request, context: TRouteContext) => {
  const user = await requirePanelUser(request);
  const courseId = await idParam(context);
  const placementId = await idParam(context, "placementId");
  return jsonResponse(await removeDayFromCourse({ db: getDb(), actor: user, courseId, placementId }));
});
