import { listRecommendations } from "@gafus/core";
import { listRecommendationsOp } from "@/contract/me";
import { route } from "@/server/api";

/** GET /api/v1/me/recommendations — "Recommended for you": visible courses the caller is not on, with the reason. */
export const GET = route(listRecommendationsOp, async ({ user, db }) => ({
  courses: await listRecommendations({ db, viewer: user, take: 6 }),
}));
