import { deletePreventionEntry } from "@gafus/core";
import { deletePreventionEntryOp } from "@/contract/pets";
import { route } from "@/server/api";

/** DELETE /api/v1/pets/{id}/prevention/{entryId} — remove a journal entry of one of the caller's pets. */
export const DELETE = route(deletePreventionEntryOp, async ({ user, params, db }) => {
  await deletePreventionEntry({ db, ownerId: user.id, entryId: params.entryId });
});
