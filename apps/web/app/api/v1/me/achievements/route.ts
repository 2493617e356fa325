import { getAchievements } from "@gafus/core";
import { jsonResponse } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute, requireApiUser } from "@/server/api";

/** GET /api/v1/me/achievements — streak, training calendar (five weeks), badges. */
export const GET = apiRoute(async (request: Request) => {
  const user = await requireApiUser(request);
  return jsonResponse(await getAchievements({ db: getDb(), userId: user.id }));
});
