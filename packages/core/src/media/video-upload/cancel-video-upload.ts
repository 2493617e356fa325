import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { abortMultipartUpload, type TStorage } from "@gafus/storage";
import { AppError } from "../../errors/app-error";
import { loadManagedAsset } from "./video-asset-access";

/** Cancel: S3 drops the parts it holds (abort), and the asset goes away as if the upload never started. */
export async function cancelVideoUpload({
  db,
  storage,
  actor,
  assetId,
}: {
  db: TDb;
  storage: TStorage;
  actor: TActor;
  assetId: string;
}) {
  const asset = await loadManagedAsset(db, actor, assetId);
  if (asset.status !== "UPLOADING" || !asset.uploadId)
    throw new AppError("conflict", "This video is no longer being uploaded.", { status: asset.status });
  await abortMultipartUpload(storage, { key: asset.sourceKey, uploadId: asset.uploadId }).catch((error: unknown) => {
    // Already aborted (a second click, or S3 expired it): the goal is reached either way.
    if ((error as { name?: string }).name !== "NoSuchUpload") throw error;
  });
  await db.mediaAsset.delete({ where: { id: asset.id } });
  return { id: asset.id, cancelled: true };
}
