import { saveStepAsTemplate } from "@gafus/core";
import { saveStepAsTemplateOp } from "@/contract/steps";
import { route } from "@/server/api";

/** POST /trainer/api/steps/{id}/template — { category, title? }: save a copy in the caller's template library. */
export const POST = route(saveStepAsTemplateOp, async ({ user, params, body, db }) => ({
  template: await saveStepAsTemplate({ db, actor: user, stepId: params.id, input: body }),
}));
