import type { TActor } from "@gafus/auth/policy";
import type { TLogger } from "@gafus/logger";
import type { TDb } from "@gafus/prisma";
import type { TVideoTranscodingJob } from "@gafus/queues";
import { completeMultipartUpload, deletePrefix, headObjectSize, readObjectHead, type TStorage } from "@gafus/storage";
import { AppError } from "../../errors/app-error";
import { sniffVideo } from "../sniff-video";
import { loadManagedAsset } from "./video-asset-access";

export type TEnqueueTranscoding = (job: TVideoTranscodingJob) => Promise<void>;

/**
 * Finishes an upload: S3 assembles the parts, then we check what really arrived (size from HeadObject, type from
 * the first bytes) before anything else reads it. A file that is not a video is deleted and the asset FAILED.
 * The asset becomes QUEUED in the database first; the enqueue is a fast path only — if Redis is down, the
 * worker's sweeper finds QUEUED assets and enqueues them, so no upload is ever forgotten.
 */
export async function completeVideoUpload({
  db,
  storage,
  actor,
  assetId,
  maxBytes,
  enqueue,
  logger,
}: {
  db: TDb;
  storage: TStorage;
  actor: TActor;
  assetId: string;
  maxBytes: number;
  enqueue: TEnqueueTranscoding;
  logger?: TLogger;
}) {
  const asset = await loadManagedAsset(db, actor, assetId);
  if (asset.status !== "UPLOADING" || !asset.uploadId)
    throw new AppError("conflict", "This video is no longer being uploaded.", { status: asset.status });
  try {
    await completeMultipartUpload(storage, { key: asset.sourceKey, uploadId: asset.uploadId });
  } catch (error) {
    if ((error as Error).message === "no parts uploaded")
      throw new AppError("conflict", "No part of the file has arrived yet.");
    throw error;
  }
  const size = (await headObjectSize(storage, asset.sourceKey)) ?? 0;
  const kind = size > 0 ? sniffVideo(await readObjectHead(storage, asset.sourceKey, 64)) : null;
  const refusal =
    size > maxBytes
      ? new AppError("payload_too_large", `The video is larger than ${Math.round(maxBytes / 1024 ** 2)} MB.`, {
          limit: maxBytes,
        })
      : !kind
        ? new AppError("unsupported_media_type", "This file is not an MP4, MOV or WebM video.")
        : null;
  if (refusal) {
    await deletePrefix(storage, asset.sourceKey);
    await db.mediaAsset.update({
      where: { id: asset.id },
      data: {
        status: "FAILED",
        uploadId: null,
        error: refusal.message,
        errorCode: refusal.error === "payload_too_large" ? "too_large" : "not_a_video",
        sizeBytes: BigInt(size),
      },
    });
    throw refusal;
  }
  const queued = await db.mediaAsset.update({
    where: { id: asset.id },
    data: { status: "QUEUED", uploadId: null, progress: 0, error: null, errorCode: null, sizeBytes: BigInt(size) },
    select: { id: true, attempts: true, status: true },
  });
  await enqueue({ assetId: queued.id, attempt: queued.attempts }).catch((error: unknown) =>
    logger?.warn({ err: error, assetId: queued.id }, "could not enqueue transcoding now; the sweeper will"),
  );
  return { id: queued.id, status: queued.status };
}
