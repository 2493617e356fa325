import { reuseStep, ZReuseStep } from "@gafus/core";
import { jsonResponse, readJsonBody } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute } from "@/server/api";
import { idParam, requirePanelUser, type TRouteContext } from "@/modules/authoring/route-helpers";

/** POST /trainer/api/days/{id}/steps/reuse — { stepId }: add a step from the author's library. */
export const POST = apiRoute(async (request: Request, context: TRouteContext) => {
  const user = await requirePanelUser(request);
  const dayId = await idParam(context);
  const body = await readJsonBody(request, ZReuseStep);
  return jsonResponse({ step: await reuseStep({ db: getDb(), actor: user, dayId, stepId: body.stepId }) }, 201);
});
