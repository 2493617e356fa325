import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { presignUploadParts, type TStorage } from "@gafus/storage";
import { z } from "zod";
import { AppError } from "../../errors/app-error";
import { loadUploadingAsset } from "./video-asset-access";
import { planParts } from "./video-types";

export const ZPresignParts = z.strictObject({
  partNumbers: z.array(z.number().int().min(1).max(10_000)).min(1).max(100),
});

/** Signed URLs for the browser to PUT parts straight to S3 (through the public endpoint). */
export async function presignVideoParts({
  db,
  publicStorage,
  actor,
  assetId,
  partNumbers,
  partBytes,
}: {
  db: TDb;
  publicStorage: TStorage;
  actor: TActor;
  assetId: string;
  partNumbers: number[];
  partBytes: number;
}) {
  const asset = await loadUploadingAsset(db, actor, assetId);
  const { partCount } = planParts(Number(asset.sizeBytes), partBytes);
  const wrong = partNumbers.filter((n) => n > partCount);
  if (wrong.length)
    throw new AppError("validation_failed", "Part number beyond the end of the file.", {
      fields: { partNumbers: wrong },
    });
  const parts = await presignUploadParts(publicStorage, {
    key: asset.sourceKey,
    uploadId: asset.uploadId,
    partNumbers,
    expiresIn: 3600,
  });
  return { parts };
}
