import { getPetPhoto, PET_PHOTO_MAX_BYTES, setPetPhoto } from "@gafus/core";
import { jsonResponse, readBodyLimited } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { getStorage } from "@gafus/storage";
import { apiRoute, requireApiUser } from "@/server/api";
import { idParam, type TRouteContext } from "@/server/params";

/** GET /api/v1/pets/{id}/photo — the photo, to its owner only. */
export const GET = apiRoute(async (request: Request, { params }: TRouteContext) => {
  const user = await requireApiUser(request);
  const photo = await getPetPhoto({
    db: getDb(),
    storage: getStorage(),
    ownerId: user.id,
    petId: await idParam(params, "id"),
  });
  return new Response(photo.body, {
    headers: {
      "content-type": photo.contentType,
      "cache-control": "private, max-age=300",
      "x-content-type-options": "nosniff",
    },
  });
});

/** PUT /api/v1/pets/{id}/photo — the raw image as the body (JPEG, PNG or WebP, at most 5 MB). */
export const PUT = apiRoute(async (request: Request, { params }: TRouteContext) => {
  const user = await requireApiUser(request);
  const bytes = await readBodyLimited(request, PET_PHOTO_MAX_BYTES);
  const result = await setPetPhoto({
    db: getDb(),
    storage: getStorage(),
    ownerId: user.id,
    petId: await idParam(params, "id"),
    bytes,
  });
  return jsonResponse(result);
});
