import { getTrainingDay } from "@gafus/core";
import { getTrainingDayOp } from "@/contract/training";
import { route } from "@/server/api";

/** GET /api/v1/courses/{slug}/days/{day} — an open day of an enrolled student, steps with state and timers. */
export const GET = route(getTrainingDayOp, async ({ user, params, db }) => ({
  day: await getTrainingDay({
    db,
    userId: user.id,
    userName: user.name,
    slug: params.slug,
    dayNumber: params.day,
    petFallback: "",
  }),
}));
