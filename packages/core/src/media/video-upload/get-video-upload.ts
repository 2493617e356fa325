import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { listUploadedParts, type TStorage } from "@gafus/storage";
import { loadUploadingAsset } from "./video-asset-access";
import { planParts } from "./video-types";

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
  const asset = await loadUploadingAsset(db, actor, assetId);
  const parts = await listUploadedParts(storage, { key: asset.sourceKey, uploadId: asset.uploadId });
  const plan = planParts(Number(asset.sizeBytes), partBytes);
  // A part is done only if it has its full size (the last one: the remainder); a cut-off part is sent again.
  const expected = (n: number) =>
    n < plan.partCount ? plan.partSize : Number(asset.sizeBytes) - plan.partSize * (n - 1);
  const done = parts.filter((p) => p.size === expected(p.partNumber)).map((p) => p.partNumber);
  return { id: asset.id, sizeBytes: Number(asset.sizeBytes), ...plan, done };
}
