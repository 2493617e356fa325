import { updateCourse, ZCourseUpdate } from "@gafus/core";
import { jsonResponse, readJsonBody } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute } from "@/server/api";
import { idParam, requirePanelUser, type TRouteContext } from "@/modules/authoring/route-helpers";

/** PATCH /trainer/api/courses/{id} — change the named details (another trainer's course: 404). */
export const PATCH = apiRoute(async (request: Request, context: TRouteContext) => {
  const user = await requirePanelUser(request);
  const courseId = await idParam(context);
  const input = await readJsonBody(request, ZCourseUpdate);
  return jsonResponse({ course: await updateCourse({ db: getDb(), actor: user, courseId, input }) });
});
