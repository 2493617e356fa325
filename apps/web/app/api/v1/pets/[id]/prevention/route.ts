import { addPreventionEntry } from "@gafus/core";
import { addPreventionEntryOp } from "@/contract/pets";
import { route } from "@/server/api";

/** POST /api/v1/pets/{id}/prevention — a vaccination, deworming or tick treatment with its next due date. */
export const POST = route(addPreventionEntryOp, async ({ user, params, body, db }) => ({
  entry: await addPreventionEntry({ db, ownerId: user.id, petId: params.id, input: body }),
}));
