import type { TDb } from "@gafus/prisma";
import { getObject, type TStorage } from "@gafus/storage";
import { AppError } from "../errors/app-error";
import { mapS3ReadError } from "../media/s3-errors";

/** The photo of one of the owner's pets as a stream; anyone else's pet, or none, is a 404. */
export async function getPetPhoto({
  db,
  storage,
  ownerId,
  petId,
}: {
  db: TDb;
  storage: TStorage;
  ownerId: string;
  petId: string;
}) {
  const pet = await db.pet.findFirst({ where: { id: petId, ownerId }, select: { photoKey: true } });
  if (!pet?.photoKey) throw new AppError("not_found", "No photo.");
  const object = await getObject(storage, pet.photoKey).catch(mapS3ReadError);
  if (!object.body) throw new AppError("not_found", "No photo.");
  return { body: object.body.webStream(), contentType: object.contentType ?? "application/octet-stream" };
}
