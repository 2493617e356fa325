import { grantCourseAccess, ZAccessInput } from "@gafus/core";
import { jsonResponse, readJsonBody } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute } from "@/server/api";
import { idParam, requirePanelUser, type TRouteContext } from "@/modules/authoring/route-helpers";

/** POST /trainer/api/courses/{id}/access — { email }: let a student into a private course. */
export const POST = apiRoute(async (request: Request, context: TRouteContext) => {
  const user = await requirePanelUser(request);
  const courseId = await idParam(context);
  const { email } = await readJsonBody(request, ZAccessInput);
  return jsonResponse({ student: await grantCourseAccess({ db: getDb(), actor: user, courseId, email }) }, 201);
});
