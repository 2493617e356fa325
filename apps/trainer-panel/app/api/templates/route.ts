import { listStepTemplates } from "@gafus/core";
import { listStepTemplatesOp } from "@/contract/templates";
import { route } from "@/server/api";

/** GET /trainer/api/templates?category= — built-in templates and the caller's own, with every category. */
export const GET = route(listStepTemplatesOp, async ({ user, query, db }) =>
  listStepTemplates({ db, actor: user, category: query.category }),
);
