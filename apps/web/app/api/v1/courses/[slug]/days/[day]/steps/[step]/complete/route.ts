import { completeStep } from "@gafus/core";
import { completeStepOp } from "@/contract/training";
import { route } from "@/server/api";

/** POST …/steps/{step}/complete — mark a step done; says whether that finished the day or the course. */
export const POST = route(completeStepOp, async ({ user, params, db }) =>
  completeStep({ db, userId: user.id, slug: params.slug, dayNumber: params.day, stepNumber: params.step }),
);
