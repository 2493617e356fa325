import { getAiRequest } from "@gafus/core";
import { getAiRequestOp } from "@/contract/ai";
import { route } from "@/server/api";

/** GET /trainer/api/ai/requests/{id} — status and the draft text (the trainer who asked only). */
export const GET = route(getAiRequestOp, async ({ user, params, db }) =>
  getAiRequest({ db, actor: user, requestId: params.id }),
);
