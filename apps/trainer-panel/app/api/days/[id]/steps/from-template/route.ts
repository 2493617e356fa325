import { addStepFromTemplate, ZFromTemplate } from "@gafus/core";
import { jsonResponse, readJsonBody } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute } from "@/server/api";
import { idParam, requirePanelUser, type TRouteContext } from "@/modules/authoring/route-helpers";

/** POST /trainer/api/days/{id}/steps/from-template — { templateId }: a new step copied from a template. */
export const POST = apiRoute(async (request: Request, context: TRouteContext) => {
  const user = await requirePanelUser(request);
  const dayId = await idParam(context);
  const body = await readJsonBody(request, ZFromTemplate);
  const step = await addStepFromTemplate({ db: getDb(), actor: user, dayId, templateId: body.templateId });
  return jsonResponse({ step }, 201);
});
