import { addNewStep } from "@gafus/core";
import { addDayStepOp } from "@/contract/days";
import { route } from "@/server/api";

/** POST /trainer/api/days/{id}/steps — a new step at the end of the day. */
export const POST = route(addDayStepOp, async ({ user, params, body, db }) => ({
  step: await addNewStep({ db, actor: user, dayId: params.id, input: body }),
}));
