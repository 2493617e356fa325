import { saveReview, ZReviewInput } from "@gafus/core";
import { jsonResponse, readJsonBody } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute, requireApiUser } from "@/server/api";
import { stepParams, type TRouteContext } from "@/server/params";

/** PUT /api/v1/courses/{slug}/review — the caller's one review of the course (1–5 and a text), created or replaced. */
export const PUT = apiRoute(async (request: Request, { params }: TRouteContext) => {
  const user = await requireApiUser(request);
  const { slug } = await stepParams(params);
  const input = await readJsonBody(request, ZReviewInput);
  return jsonResponse({ review: await saveReview({ db: getDb(), viewer: user, slug, input }) });
});
