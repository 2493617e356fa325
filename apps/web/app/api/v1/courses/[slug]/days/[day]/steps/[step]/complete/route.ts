import { completeStep } from "@gafus/core";
import { jsonResponse } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute, requireApiUser } from "@/server/api";
import { stepParams, type TRouteContext } from "@/server/params";

/** POST …/steps/{step}/complete — mark a step done; says whether that finished the day or the course. */
export const POST = apiRoute(async (request: Request, { params }: TRouteContext) => {
  const user = await requireApiUser(request);
  const { slug, day, step } = await stepParams(params);
  return jsonResponse(await completeStep({ db: getDb(), userId: user.id, slug, dayNumber: day!, stepNumber: step! }));
});
