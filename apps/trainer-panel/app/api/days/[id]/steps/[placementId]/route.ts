import { removeStepFromDay } from "@gafus/core";
import { jsonResponse } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute } from "@/server/api";
import { idParam, requirePanelUser, type TRouteContext } from "@/modules/authoring/route-helpers";

/** DELETE /trainer/api/days/{id}/steps/{placementId} — take a step out of the day (it stays in the library). */
export const DELETE = apiRoute(async (request: Request, context: TRouteContext) => {
  const user = await requirePanelUser(request);
  const dayId = await idParam(context);
  const placementId = await idParam(context, "placementId");
  return jsonResponse(await removeStepFromDay({ db: getDb(), actor: user, dayId, placementId }));
});
