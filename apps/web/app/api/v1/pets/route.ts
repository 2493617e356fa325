import { createPet, listPets } from "@gafus/core";
import { createPetOp, listPetsOp } from "@/contract/pets";
import { route } from "@/server/api";

/** GET /api/v1/pets — the caller's pets with their prevention journals. */
export const GET = route(listPetsOp, async ({ user, db }) => ({ pets: await listPets({ db, ownerId: user.id }) }));

/** POST /api/v1/pets — add a pet. */
export const POST = route(createPetOp, async ({ user, body, db }) => ({
  pet: await createPet({ db, ownerId: user.id, input: body }),
}));
