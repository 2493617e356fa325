import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { abortMultipartUpload, deletePrefix, storageKeys, type TStorage } from "@gafus/storage";
import { loadManagedAsset } from "./video-asset-access";

/** Deletes a video: its source and HLS files in S3, then the row (steps using it lose the video, not the step). */
export async function deleteVideo({
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
  if (asset.status === "UPLOADING" && asset.uploadId)
    await abortMultipartUpload(storage, { key: asset.sourceKey, uploadId: asset.uploadId }).catch(() => undefined);
  await deletePrefix(storage, asset.sourceKey);
  await deletePrefix(storage, storageKeys.mediaHls(asset.id));
  await db.mediaAsset.delete({ where: { id: asset.id } });
  return { id: asset.id, deleted: true };
}
