import { addNewStep, ZStepInput } from "@gafus/core";
import { jsonResponse, readJsonBody } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute } from "@/server/api";
import { idParam, requirePanelUser, type TRouteContext } from "@/modules/authoring/route-helpers";

/** POST /trainer/api/days/{id}/steps — a new step at the end of the day. */
export const POST = apiRoute(async (request: Request, context: TRouteContext) => {
  const user = await requirePanelUser(request);
  const dayId = await idParam(context);
  const input = await readJsonBody(request, ZStepInput, 256 * 1024);
  return jsonResponse({ step: await addNewStep({ db: getDb(), actor: user, dayId, input }) }, 201);
});
