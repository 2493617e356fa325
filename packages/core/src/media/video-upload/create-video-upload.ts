import { randomUUID } from "node:crypto";
import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { createMultipartUpload, storageKeys, type TStorage } from "@gafus/storage";
import { z } from "zod";
import { AppError } from "../../errors/app-error";
import { assertCanUpload } from "./video-asset-access";
import { ALLOWED_VIDEO_CONTENT_TYPES, planParts } from "./video-types";

export const ZCreateVideoUpload = z.strictObject({
  title: z.string().trim().min(1).max(200),
  fileName: z.string().trim().min(1).max(255),
  contentType: z.string().max(100),
  sizeBytes: z.number().int().positive(),
});
export type TCreateVideoUpload = z.infer<typeof ZCreateVideoUpload>;

/**
 * Starts a trainer's upload: checks the declared type and size, opens an S3 multipart upload and records the asset
 * as UPLOADING with the upload id, so that a reload can find and resume it.
 */
export async function createVideoUpload({
  db,
  storage,
  actor,
  input,
  maxBytes,
  partBytes,
}: {
  db: TDb;
  storage: TStorage;
  actor: TActor;
  input: TCreateVideoUpload;
  maxBytes: number;
  partBytes: number;
}) {
  assertCanUpload(actor);
  if (!ALLOWED_VIDEO_CONTENT_TYPES.includes(input.contentType))
    throw new AppError("unsupported_media_type", "Upload an MP4, MOV or WebM video.", {
      allowed: ALLOWED_VIDEO_CONTENT_TYPES,
    });
  if (input.sizeBytes > maxBytes)
    throw new AppError("payload_too_large", `The video is larger than ${Math.round(maxBytes / 1024 ** 2)} MB.`, {
      limit: maxBytes,
    });
  const id = randomUUID();
  const sourceKey = storageKeys.mediaSource(actor.id, id);
  const uploadId = await createMultipartUpload(storage, { key: sourceKey, contentType: input.contentType });
  const asset = await db.mediaAsset.create({
    data: {
      id,
      ownerId: actor.id,
      title: input.title,
      originalName: input.fileName,
      contentType: input.contentType,
      sizeBytes: BigInt(input.sizeBytes),
      sourceKey,
      uploadId,
      status: "UPLOADING",
    },
    select: { id: true },
  });
  return { id: asset.id, ...planParts(input.sizeBytes, partBytes) };
}
