import { can, type TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { AppError } from "../../errors/app-error";

/**
 * The asset if the actor may manage it (its owner, or an admin). Anyone else gets the same 404 as for a missing id,
 * so ids of other trainers' videos cannot be probed.
 */
export async function loadManagedAsset(db: TDb, actor: TActor, assetId: string) {
  const asset = await db.mediaAsset.findUnique({ where: { id: assetId } });
  if (!asset || !can(actor, "media:manage", { ownerId: asset.ownerId }))
    throw new AppError("not_found", "No such video.");
  return asset;
}

export function assertCanUpload(actor: TActor): void {
  if (!can(actor, "media:manage")) throw new AppError("forbidden", "Only trainers upload videos.");
}

/** An asset of the actor's still being uploaded (409 once it is complete, cancelled or failed). */
export async function loadUploadingAsset(db: TDb, actor: TActor, assetId: string) {
  const asset = await loadManagedAsset(db, actor, assetId);
  if (asset.status !== "UPLOADING" || !asset.uploadId)
    throw new AppError("conflict", "This video is no longer being uploaded.", { status: asset.status });
  return { ...asset, uploadId: asset.uploadId };
}
