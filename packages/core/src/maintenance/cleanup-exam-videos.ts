import type { TDb } from "@gafus/prisma";
import { deleteObjects, type TStorage } from "@gafus/storage";

const DAY_MS = 24 * 60 * 60 * 1000;
export const EXAM_VIDEO_RETENTION = { afterReviewDays: 30, unreviewedDays: 90 } as const;

/**
 * Deletes exam videos past retention — 30 days after the review, or 90 days after submission if nobody reviewed
 * them — from S3 and forgets their keys. Idempotent: a second run finds nothing; a crash between the S3 delete and
 * the update only repeats a delete S3 treats as done. DeleteObjects answers 200 even when some keys failed (listed
 * in `Errors`, even in Quiet mode): only the keys S3 deleted are forgotten; the others keep their key for the next
 * run and are returned in `failed` for the caller to log.
 */
export async function cleanupExamVideos({
  db,
  storage,
  now = new Date(),
  batchSize = 500,
}: {
  db: TDb;
  storage: TStorage;
  now?: Date;
  batchSize?: number;
}) {
  const reviewedBefore = new Date(now.getTime() - EXAM_VIDEO_RETENTION.afterReviewDays * DAY_MS);
  const submittedBefore = new Date(now.getTime() - EXAM_VIDEO_RETENTION.unreviewedDays * DAY_MS);
  let deleted = 0;
  const failed: { key: string; code: string }[] = [];
  // Rows whose delete failed in this run: not asked again until the next run, or the loop would never end.
  const failedIds: string[] = [];
  for (;;) {
    const due = await db.examSubmission.findMany({
      where: {
        videoKey: { not: null },
        id: { notIn: failedIds },
        OR: [{ reviewedAt: { lt: reviewedBefore } }, { reviewedAt: null, createdAt: { lt: submittedBefore } }],
      },
      select: { id: true, videoKey: true },
      take: batchSize,
    });
    if (due.length === 0) return { deleted, failed };
    const result = await deleteObjects(
      storage,
      due.map((d) => d.videoKey!),
    );
    const errors = new Map(result.failed.map((e) => [e.key, e.code]));
    const done = due.filter((d) => !errors.has(d.videoKey!));
    for (const d of due) {
      const code = errors.get(d.videoKey!);
      if (code === undefined) continue;
      failed.push({ key: d.videoKey!, code });
      failedIds.push(d.id);
    }
    await db.examSubmission.updateMany({ where: { id: { in: done.map((d) => d.id) } }, data: { videoKey: null } });
    deleted += done.length;
  }
}
