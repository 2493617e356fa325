import { updateDay, ZDayInput } from "@gafus/core";
import { jsonResponse, readJsonBody } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute } from "@/server/api";
import { idParam, requirePanelUser, type TRouteContext } from "@/modules/authoring/route-helpers";

/** PATCH /trainer/api/days/{id} — title, description and type (the day changes in every course using it). */
export const PATCH = apiRoute(async (request: Request, context: TRouteContext) => {
  const user = await requirePanelUser(request);
  const dayId = await idParam(context);
  const input = await readJsonBody(request, ZDayInput);
  return jsonResponse({ day: await updateDay({ db: getDb(), actor: user, dayId, input }) });
});
