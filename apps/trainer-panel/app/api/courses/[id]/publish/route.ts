import { publishCourse } from "@gafus/core";
import { jsonResponse } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute } from "@/server/api";
import { idParam, requirePanelUser, type TRouteContext } from "@/modules/authoring/route-helpers";

/** POST /trainer/api/courses/{id}/publish */
export const POST = apiRoute(async (request: Request, context: TRouteContext) => {
  const user = await requirePanelUser(request);
  return jsonResponse({ course: await publishCourse({ db: getDb(), actor: user, courseId: await idParam(context) }) });
});
