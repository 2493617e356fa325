import { deleteStepTemplate } from "@gafus/core";
import { jsonResponse } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute } from "@/server/api";
import { idParam, requirePanelUser, type TRouteContext } from "@/modules/authoring/route-helpers";

/** DELETE /trainer/api/templates/{id} — delete one of the caller's templates. */
export const DELETE = apiRoute(async (request: Request, context: TRouteContext) => {
  const user = await requirePanelUser(request);
  return jsonResponse(await deleteStepTemplate({ db: getDb(), actor: user, templateId: await idParam(context) }));
});
