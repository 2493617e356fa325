import { deletePet, updatePet, ZPetUpdate } from "@gafus/core";
import { jsonResponse, readJsonBody } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute, requireApiUser } from "@/server/api";
import { idParam, type TRouteContext } from "@/server/params";

/** PATCH /api/v1/pets/{id} — change a pet of the caller's (another owner's pet answers 404). */
export const PATCH = apiRoute(async (request: Request, { params }: TRouteContext) => {
  const user = await requireApiUser(request);
  const petId = await idParam(params, "id");
  const input = await readJsonBody(request, ZPetUpdate);
  return jsonResponse({ pet: await updatePet({ db: getDb(), ownerId: user.id, petId, input }) });
});

/** DELETE /api/v1/pets/{id} — remove a pet and its journal. */
export const DELETE = apiRoute(async (request: Request, { params }: TRouteContext) => {
  const user = await requireApiUser(request);
  await deletePet({ db: getDb(), ownerId: user.id, petId: await idParam(params, "id") });
  return new Response(null, { status: 204 });
});
