import { getPetPhoto, PET_PHOTO_MAX_BYTES, setPetPhoto } from "@gafus/core";
import { readBodyLimited } from "@gafus/http";
import { getStorage } from "@gafus/storage";
import { getPetPhotoOp, setPetPhotoOp } from "@/contract/pets";
import { route } from "@/server/api";

/** GET /api/v1/pets/{id}/photo — the photo, to its owner only. */
export const GET = route(getPetPhotoOp, async ({ user, params, db }) => {
  const photo = await getPetPhoto({ db, storage: getStorage(), ownerId: user.id, petId: params.id });
  return new Response(photo.body, {
    headers: {
      "content-type": photo.contentType,
      "cache-control": "private, max-age=300",
      "x-content-type-options": "nosniff",
    },
  });
});

/** PUT /api/v1/pets/{id}/photo — the raw image as the body (JPEG, PNG or WebP, at most 5 MB). */
export const PUT = route(setPetPhotoOp, async ({ request, user, params, db }) => {
  const bytes = await readBodyLimited(request, PET_PHOTO_MAX_BYTES);
  return setPetPhoto({ db, storage: getStorage(), ownerId: user.id, petId: params.id, bytes });
});
