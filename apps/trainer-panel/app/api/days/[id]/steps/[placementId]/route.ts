import { removeStepFromDay } from "@gafus/core";
import { removeDayStepOp } from "@/contract/days";
import { route } from "@/server/api";

/** DELETE /trainer/api/days/{id}/steps/{placementId} — take a step out of the day (it stays in the library). */
export const DELETE = route(removeDayStepOp, async ({ user, params, db }) =>
  removeStepFromDay({ db, actor: user, dayId: params.id, placementId: params.placementId }),
);
