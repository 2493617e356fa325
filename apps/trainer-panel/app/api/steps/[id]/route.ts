import { updateStep } from "@gafus/core";
import { updateStepOp } from "@/contract/steps";
import { route } from "@/server/api";

/** PATCH /trainer/api/steps/{id} — the whole step as the editor sends it (changes it wherever it is used). */
export const PATCH = route(updateStepOp, async ({ user, params, body, db }) => ({
  step: await updateStep({ db, actor: user, stepId: params.id, input: body }),
}));
