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
