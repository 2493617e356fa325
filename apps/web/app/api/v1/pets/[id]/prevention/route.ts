import { addPreventionEntry, ZPreventionInput } from "@gafus/core";
import { jsonResponse, readJsonBody } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute, requireApiUser } from "@/server/api";
import { idParam, type TRouteContext } from "@/server/params";

/** POST /api/v1/pets/{id}/prevention — a vaccination, deworming or tick treatment with its next due date. */
export const POST = apiRoute(async (request: Request, { params }: TRouteContext) => {
  const user = await requireApiUser(request);
  const input = await readJsonBody(request, ZPreventionInput);
  const entry = await addPreventionEntry({ db: getDb(), ownerId: user.id, petId: await idParam(params, "id"), input });
  return jsonResponse({ entry }, 201);
});
