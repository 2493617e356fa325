import { saveStepAsTemplate, ZTemplateInput } from "@gafus/core";
import { jsonResponse, readJsonBody } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute } from "@/server/api";
import { idParam, requirePanelUser, type TRouteContext } from "@/modules/authoring/route-helpers";

/** POST /trainer/api/steps/{id}/template — { category, title? }: save a copy in the caller's template library. */
export const POST = apiRoute(async (request: Request, context: TRouteContext) => {
  const user = await requirePanelUser(request);
  const stepId = await idParam(context);
  const input = await readJsonBody(request, ZTemplateInput);
  return jsonResponse({ template: await saveStepAsTemplate({ db: getDb(), actor: user, stepId, input }) }, 201);
});
