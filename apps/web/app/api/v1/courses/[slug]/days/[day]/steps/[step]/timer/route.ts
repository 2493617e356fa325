import { controlStepTimer } from "@gafus/core";
import { controlTimerOp } from "@/contract/training";
import { route } from "@/server/api";

/** POST …/steps/{step}/timer — { action: start | pause | reset }; answers with the timer as the server sees it. */
export const POST = route(controlTimerOp, async ({ user, params, body, db }) =>
  controlStepTimer({
    db,
    userId: user.id,
    slug: params.slug,
    dayNumber: params.day,
    stepNumber: params.step,
    action: body.action,
  }),
);
