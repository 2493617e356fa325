import type { TDb } from "@gafus/prisma";

/**
 * TRANSCODING assets untouched for `olderThanMs`: candidates for the sweeper, which asks BullMQ about each one's
 * job. A job still active or waiting is left alone (a long transcode only looks quiet); a lost or failed one is
 * what a killed worker leaves behind, and without the sweeper the trainer would watch "transcoding" forever.
 */
export async function findStuckTranscodings({ db, olderThanMs }: { db: TDb; olderThanMs: number }) {
  return db.mediaAsset.findMany({
    where: { status: "TRANSCODING", updatedAt: { lt: new Date(Date.now() - olderThanMs) } },
    select: { id: true, attempts: true },
    orderBy: { updatedAt: "asc" },
    take: 100,
  });
}
