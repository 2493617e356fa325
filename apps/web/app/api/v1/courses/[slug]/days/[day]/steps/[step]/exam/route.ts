import { submitExam } from "@gafus/core";
import { getStorage } from "@gafus/storage";
import { submitExamOp } from "@/contract/training";
import { route } from "@/server/api";

/** POST …/steps/{step}/exam — quiz answers, written answer, uploaded video key; waits for the trainer. */
export const POST = route(submitExamOp, async ({ user, params, body, db }) =>
  submitExam({
    db,
    storage: getStorage(),
    userId: user.id,
    slug: params.slug,
    dayNumber: params.day,
    stepNumber: params.step,
    submission: body,
  }),
);
