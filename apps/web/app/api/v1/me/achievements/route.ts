import { getAchievements } from "@gafus/core";
import { getAchievementsOp } from "@/contract/me";
import { route } from "@/server/api";

/** GET /api/v1/me/achievements — streak, training calendar (five weeks), badges. */
export const GET = route(getAchievementsOp, async ({ user, db }) => getAchievements({ db, userId: user.id }));
