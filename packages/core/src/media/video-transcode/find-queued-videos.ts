import type { TDb } from "@gafus/prisma";

/**
 * QUEUED assets that have waited longer than `olderThanMs`: the upload's own enqueue failed (Redis was down) or
 * was lost. The sweeper enqueues them again; the job id (asset + attempt) makes that a no-op when the job exists.
 */
export async function findQueuedVideos({ db, olderThanMs }: { db: TDb; olderThanMs: number }) {
  return db.mediaAsset.findMany({
    where: { status: "QUEUED", updatedAt: { lt: new Date(Date.now() - olderThanMs) } },
    select: { id: true, attempts: true },
    orderBy: { updatedAt: "asc" },
    take: 100,
  });
}
