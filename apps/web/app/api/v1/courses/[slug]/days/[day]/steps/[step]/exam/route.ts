import { submitExam, ZExamSubmission } from "@gafus/core";
import { jsonResponse, readJsonBody } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { getStorage } from "@gafus/storage";
import { apiRoute, requireApiUser } from "@/server/api";
import { stepParams, type TRouteContext } from "@/server/params";

/** POST …/steps/{step}/exam — quiz answers, written answer, uploaded video key; waits for the trainer. */
export const POST = apiRoute(async (request: Request, { params }: TRouteContext) => {
  const user = await requireApiUser(request);
  const { slug, day, step } = await stepParams(params);
  const submission = await readJsonBody(request, ZExamSubmission);
  const result = await submitExam({
    db: getDb(),
    storage: getStorage(),
    userId: user.id,
    slug,
    dayNumber: day!,
    stepNumber: step!,
    submission,
  });
  return jsonResponse(result, 201);
});
