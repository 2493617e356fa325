import { updateStep, ZStepInput } from "@gafus/core";
import { jsonResponse, readJsonBody } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute } from "@/server/api";
import { idParam, requirePanelUser, type TRouteContext } from "@/modules/authoring/route-helpers";

/** PATCH /trainer/api/steps/{id} — the whole step as the editor sends it (changes it wherever it is used). */
export const PATCH = apiRoute(async (request: Request, context: TRouteContext) => {
  const user = await requirePanelUser(request);
  const stepId = await idParam(context);
  const input = await readJsonBody(request, ZStepInput, 256 * 1024);
  return jsonResponse({ step: await updateStep({ db: getDb(), actor: user, stepId, input }) });
});
