import { writeDiaryEntry, ZDiaryEntryInput } from "@gafus/core";
import { jsonResponse, readJsonBody } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute, requireApiUser } from "@/server/api";
import { stepParams, type TRouteContext } from "@/server/params";

/** POST …/steps/{step}/diary — { content }: a diary entry that also completes the diary step. */
export const POST = apiRoute(async (request: Request, { params }: TRouteContext) => {
  const user = await requireApiUser(request);
  const { slug, day, step } = await stepParams(params);
  const { content } = await readJsonBody(request, ZDiaryEntryInput);
  const result = await writeDiaryEntry({
    db: getDb(),
    userId: user.id,
    slug,
    dayNumber: day!,
    stepNumber: step!,
    content,
  });
  return jsonResponse(result, 201);
});
