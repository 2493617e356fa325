import type { TActor } from "@gafus/auth/policy";
import type { TLogger } from "@gafus/logger";
import type { TDb } from "@gafus/prisma";
import { headObjectSize, type TStorage } from "@gafus/storage";
import { AppError } from "../../errors/app-error";
import { isRetryableVideoFailure } from "../video-failure";
import type { TEnqueueTranscoding } from "./complete-video-upload";
import { loadManagedAsset } from "./video-asset-access";

/**
 * Retry of a FAILED transcoding: a new attempt number gives a new job id (the failed job stays in the queue for
 * inspection). Only possible while the source is still in S3 (a file refused as "not a video" was deleted), and
 * not for a refusal of the file itself (too long, undecodable…): the same bytes would fail the same way, so the
 * panel's hidden button is not the only guard.
 */
export async function retryVideo({
  db,
  storage,
  actor,
  assetId,
  enqueue,
  logger,
}: {
  db: TDb;
  storage: TStorage;
  actor: TActor;
  assetId: string;
  enqueue: TEnqueueTranscoding;
  logger?: TLogger;
}) {
  const asset = await loadManagedAsset(db, actor, assetId);
  if (asset.status !== "FAILED") throw new AppError("conflict", "Only a failed video can be retried.");
  if (!isRetryableVideoFailure(asset.errorCode))
    throw new AppError("video_not_retryable", "Retrying cannot fix this video; upload it again.", {
      reason: asset.errorCode,
    });
  if ((await headObjectSize(storage, asset.sourceKey)) === null)
    throw new AppError("conflict", "The original file is gone; upload the video again.");
  // Guarded by status: two clicks at once make one new attempt.
  const updated = await db.mediaAsset.updateMany({
    where: { id: asset.id, status: "FAILED" },
    data: { status: "QUEUED", progress: 0, error: null, errorCode: null, attempts: { increment: 1 } },
  });
  if (updated.count === 0) throw new AppError("conflict", "Only a failed video can be retried.");
  const { attempts } = await db.mediaAsset.findUniqueOrThrow({ where: { id: asset.id }, select: { attempts: true } });
  await enqueue({ assetId: asset.id, attempt: attempts }).catch((error: unknown) =>
    logger?.warn({ err: error, assetId: asset.id }, "could not enqueue transcoding now; the sweeper will"),
  );
  return { id: asset.id, status: "QUEUED" as const };
}
