import { randomUUID } from "node:crypto";
import type { TDb } from "@gafus/prisma";
import { deleteObject, putObject, storageKeys, type TStorage } from "@gafus/storage";
import { AppError } from "../errors/app-error";
import { IMAGE_TYPES, sniffImage } from "../media/sniff-image";
import { findOwnPet } from "./find-own-pet";

export const PET_PHOTO_MAX_BYTES = 5 * 1024 * 1024;

/** Stores a pet's photo (JPEG, PNG or WebP by its bytes, at most 5 MB) in S3 and drops the previous one. */
export async function setPetPhoto({
  db,
  storage,
  ownerId,
  petId,
  bytes,
}: {
  db: TDb;
  storage: TStorage;
  ownerId: string;
  petId: string;
  bytes: Uint8Array;
}) {
  await findOwnPet(db, ownerId, petId);
  if (bytes.byteLength > PET_PHOTO_MAX_BYTES) throw new AppError("payload_too_large", "The photo is larger than 5 MB.");
  const kind = sniffImage(bytes);
  if (!kind) throw new AppError("unsupported_media_type", "Upload a JPEG, PNG or WebP photo.");
  const key = storageKeys.petPhoto(ownerId, randomUUID(), kind);
  await putObject(storage, key, bytes, IMAGE_TYPES[kind]);
  const previous = await db.pet.findUniqueOrThrow({ where: { id: petId }, select: { photoKey: true } });
  await db.pet.update({ where: { id: petId }, data: { photoKey: key } });
  if (previous.photoKey) await deleteObject(storage, previous.photoKey).catch(() => {});
  return { photoKey: key };
}
