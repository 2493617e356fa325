import type { TDb } from "@gafus/prisma";

/** The author's own transcoded videos, for the step editor's video select. */
export function listReadyVideos({ db, ownerId }: { db: TDb; ownerId: string }) {
  return db.mediaAsset.findMany({
    where: { ownerId, status: "READY" },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, durationSec: true },
  });
}
