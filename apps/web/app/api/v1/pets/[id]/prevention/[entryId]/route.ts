import { deletePreventionEntry } from "@gafus/core";
import { getDb } from "@gafus/prisma";
import { apiRoute, requireApiUser } from "@/server/api";
import { idParam, type TRouteContext } from "@/server/params";

/** DELETE /api/v1/pets/{id}/prevention/{entryId} — remove a journal entry of one of the caller's pets. */
export const DELETE = apiRoute(async (request: Request, { params }: TRouteContext) => {
  const user = await requireApiUser(request);
  await idParam(params, "id");
  await deletePreventionEntry({ db: getDb(), ownerId: user.id, entryId: await idParam(params, "entryId") });
  return new Response(null, { status: 204 });
});
