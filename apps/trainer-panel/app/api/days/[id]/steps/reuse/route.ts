import { reuseStep } from "@gafus/core";
import { reuseDayStepOp } from "@/contract/days";
import { route } from "@/server/api";

/** POST /trainer/api/days/{id}/steps/reuse — { stepId }: add a step from the author's library. */
export const POST = route(reuseDayStepOp, async ({ user, params, body, db }) => ({
  step: await reuseStep({ db, actor: user, dayId: params.id, stepId: body.stepId }),
}));
