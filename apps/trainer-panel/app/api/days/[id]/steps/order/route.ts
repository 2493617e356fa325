import { reorderDaySteps, ZReorder } from "@gafus/core";
import { jsonResponse, readJsonBody } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute } from "@/server/api";
import { idParam, requirePanelUser, type TRouteContext } from "@/modules/authoring/route-helpers";

/** PUT /trainer/api/days/{id}/steps/order — { ids }: every step placement of the day, first to last. */
export const PUT = apiRoute(async (request: Request, context: TRouteContext) => {
  const user = await requirePanelUser(request);
  const dayId = await idParam(context);
  const { ids } = await readJsonBody(request, ZReorder);
  return jsonResponse(await reorderDaySteps({ db: getDb(), actor: user, dayId, ids }));
});
