import { addStepFromTemplate } from "@gafus/core";
import { addStepFromTemplateOp } from "@/contract/days";
import { route } from "@/server/api";

/** POST /trainer/api/days/{id}/steps/from-template — { templateId }: a new step copied from a template. */
export const POST = route(addStepFromTemplateOp, async ({ user, params, body, db }) => ({
  step: await addStepFromTemplate({ db, actor: user, dayId: params.id, templateId: body.templateId }),
}));
