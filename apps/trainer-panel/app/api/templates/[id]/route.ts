import { deleteStepTemplate } from "@gafus/core";
import { deleteStepTemplateOp } from "@/contract/templates";
import { route } from "@/server/api";

/** DELETE /trainer/api/templates/{id} — delete one of the caller's templates. */
export const DELETE = route(deleteStepTemplateOp, async ({ user, params, db }) =>
  deleteStepTemplate({ db, actor: user, templateId: params.id }),
);
