import { can, type TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { AppError } from "../../errors/app-error";

/**
 * Who may watch an asset: its owner, an admin, the author of a course that uses it, or a student enrolled in a
 * published course they can still reach (public, or private with access) that has a step using it. Everyone else —
 * signed out included — gets the same 404 as for a missing or unfinished video, so ids cannot be probed.
 */
export async function loadWatchableVideo(db: TDb, actor: TActor | null, assetId: string) {
  const asset = await db.mediaAsset.findUnique({
    where: { id: assetId },
    select: { id: true, ownerId: true, status: true, renditions: true, hlsKey: true, thumbnailKey: true },
  });
  if (!asset || !actor) throw new AppError("not_found", "No such video.");
  const usedBy = { days: { some: { day: { steps: { some: { step: { videoAssetId: asset.id } } } } } } };
  const entitled =
    can(actor, "media:watch", { ownerId: asset.ownerId }) ||
    (await db.course.count({
      where: {
        ...usedBy,
        OR: [
          { authorId: actor.id },
          {
            isPublished: true,
            enrollments: { some: { userId: actor.id } },
            OR: [{ visibility: "PUBLIC" }, { access: { some: { userId: actor.id } } }],
          },
        ],
      },
    })) > 0;
  if (!entitled) throw new AppError("not_found", "No such video.");
  return asset;
}
