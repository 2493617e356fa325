import { revokeCourseAccess } from "@gafus/core";
import { jsonResponse } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute } from "@/server/api";
import { idParam, requirePanelUser, type TRouteContext } from "@/modules/authoring/route-helpers";

/** DELETE /trainer/api/courses/{id}/access/{userId} — remove a student from the access list. */
export const DELETE = apiRoute(async (request: Request, context: TRouteContext) => {
  const user = await requirePanelUser(request);
  const courseId = await idParam(context);
  const userId = await idParam(context, "userId");
  return jsonResponse(await revokeCourseAccess({ db: getDb(), actor: user, courseId, userId }));
});
