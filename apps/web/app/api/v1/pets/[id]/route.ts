import { deletePet, updatePet } from "@gafus/core";
import { deletePetOp, updatePetOp } from "@/contract/pets";
import { route } from "@/server/api";

/** PATCH /api/v1/pets/{id} — change a pet of the caller's (another owner's pet answers 404). */
export const PATCH = route(updatePetOp, async ({ user, params, body, db }) => ({
  pet: await updatePet({ db, ownerId: user.id, petId: params.id, input: body }),
}));

/** DELETE /api/v1/pets/{id} — remove a pet and its journal. */
export const DELETE = route(deletePetOp, async ({ user, params, db }) => {
  await deletePet({ db, ownerId: user.id, petId: params.id });
});
