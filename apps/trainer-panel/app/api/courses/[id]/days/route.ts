import { addNewDay, ZDayInput } from "@gafus/core";
import { jsonResponse, readJsonBody } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute } from "@/server/api";
import { idParam, requirePanelUser, type TRouteContext } from "@/modules/authoring/route-helpers";

/** POST /trainer/api/courses/{id}/days — a new day at the end of the course. */
export const POST = apiRoute(async (request: Request, context: TRouteContext) => {
  const user = await requirePanelUser(request);
  const courseId = await idParam(context);
  const input = await readJsonBody(request, ZDayInput);
  return jsonResponse({ day: await addNewDay({ db: getDb(), actor: user, courseId, input }) }, 201);
});
