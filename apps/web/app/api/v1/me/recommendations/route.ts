import { listRecommendations } from "@gafus/core";
import { jsonResponse } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute, requireApiUser } from "@/server/api";

/** GET /api/v1/me/recommendations — "Recommended for you": visible courses the caller is not on, with the reason. */
export const GET = apiRoute(async (request: Request) => {
  const user = await requireApiUser(request);
  return jsonResponse({ courses: await listRecommendations({ db: getDb(), viewer: user, take: 6 }) });
});
