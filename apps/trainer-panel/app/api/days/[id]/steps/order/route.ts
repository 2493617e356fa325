import { reorderDaySteps } from "@gafus/core";
import { reorderDayStepsOp } from "@/contract/days";
import { route } from "@/server/api";

/** PUT /trainer/api/days/{id}/steps/order — { ids }: every step placement of the day, first to last. */
export const PUT = route(reorderDayStepsOp, async ({ user, params, body, db }) =>
  reorderDaySteps({ db, actor: user, dayId: params.id, ids: body.ids }),
);
