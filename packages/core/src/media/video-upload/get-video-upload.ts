import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { listUploadedParts, presignUploadParts, type TStorage } from "@gafus/storage";
import { z } from "zod";
import { AppError } from "../../errors/app-error";
import { loadManagedAsset } from "./video-asset-access";
import { planParts } from "./video-types";

async function loadUploading(db: TDb, actor: TActor, assetId: string) {
  const asset = await loadManagedAsset(db, actor, assetId);
  if (asset.status !== "UPLOADING" || !asset.uploadId)
    throw new AppError("conflict", "This video is no longer being uploaded.", { status: asset.status });
  return { ...asset, uploadId: asset.uploadId };
}

/** The state of an unfinished upload from S3's own list of parts: what a reloaded page needs to resume. */
export async function getVideoUpload({
  db,
  storage,
  actor,
  assetId,
  partBytes,
}: {
  db: TDb;
  storage: TStorage;
  actor: TActor;
  assetId: string;
  partBytes: number;
}) {
  const asset = await loadUploading(db, actor, assetId);
  const parts = await listUploadedParts(storage, { key: asset.sourceKey, uploadId: asset.uploadId });
  const plan = planParts(Number(asset.sizeBytes), partBytes);
  // A part is done only if it has its full size (the last one: the remainder); a cut-off part is sent again.
  const expected = (n: number) =>
    n < plan.partCount ? plan.partSize : Number(asset.sizeBytes) - plan.partSize * (n - 1);
  const done = parts.filter((p) => p.size === expected(p.partNumber)).map((p) => p.partNumber);
  return { id: asset.id, sizeBytes: Number(asset.sizeBytes), ...plan, done };
}

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
  const asset = await loadUploading(db, actor, assetId);
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
