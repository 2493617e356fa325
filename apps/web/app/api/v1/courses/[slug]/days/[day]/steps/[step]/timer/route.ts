import { controlStepTimer } from "@gafus/core";
import { jsonResponse, readJsonBody } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { z } from "zod";
import { apiRoute, requireApiUser } from "@/server/api";
import { stepParams, type TRouteContext } from "@/server/params";

/** POST …/steps/{step}/timer — { action: start | pause | reset }; answers with the timer as the server sees it. */
export const POST = apiRoute(async (request: Request, { params }: TRouteContext) => {
  const user = await requireApiUser(request);
  const { slug, day, step } = await stepParams(params);
  const { action } = await readJsonBody(request, z.strictObject({ action: z.enum(["start", "pause", "reset"]) }));
  return jsonResponse(
    await controlStepTimer({ db: getDb(), userId: user.id, slug, dayNumber: day!, stepNumber: step!, action }),
  );
});
