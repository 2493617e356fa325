import { createPet, listPets, ZPetInput } from "@gafus/core";
import { jsonResponse, readJsonBody } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute, requireApiUser } from "@/server/api";

/** GET /api/v1/pets — the caller's pets with their prevention journals. */
export const GET = apiRoute(async (request: Request) => {
  const user = await requireApiUser(request);
  return jsonResponse({ pets: await listPets({ db: getDb(), ownerId: user.id }) });
});

/** POST /api/v1/pets — add a pet. */
export const POST = apiRoute(async (request: Request) => {
  const user = await requireApiUser(request);
  const input = await readJsonBody(request, ZPetInput);
  return jsonResponse({ pet: await createPet({ db: getDb(), ownerId: user.id, input }) }, 201);
});
