import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { isRetryableVideoFailure, isVideoFailureCode, type TVideoFailureCode } from "../video-failure";
import { assertCanUpload } from "./video-asset-access";

export type TVideoRow = {
  id: string;
  title: string;
  originalName: string;
  status: "UPLOADING" | "QUEUED" | "TRANSCODING" | "READY" | "FAILED";
  progress: number;
  error: string | null;
  /** What the panel shows, translated; null while nothing failed (or for a reason without a code). */
  errorCode: TVideoFailureCode | null;
  /** A FAILED video whose failure another attempt can fix (the server refuses the others too). */
  canRetry: boolean;
  sizeBytes: number;
  durationSec: number | null;
  width: number | null;
  height: number | null;
  hasThumbnail: boolean;
  createdAt: string;
};

/** The trainer's own videos, newest first (an admin's "my videos" are their own too). */
export async function listVideos({ db, actor }: { db: TDb; actor: TActor }): Promise<TVideoRow[]> {
  assertCanUpload(actor);
  const rows = await db.mediaAsset.findMany({
    where: { ownerId: actor.id },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      id: true,
      title: true,
      originalName: true,
      status: true,
      progress: true,
      error: true,
      errorCode: true,
      sizeBytes: true,
      durationSec: true,
      width: true,
      height: true,
      thumbnailKey: true,
      createdAt: true,
    },
  });
  return rows.map(({ thumbnailKey, sizeBytes, createdAt, errorCode, ...row }) => ({
    ...row,
    errorCode: isVideoFailureCode(errorCode) ? errorCode : null,
    canRetry: row.status === "FAILED" && isRetryableVideoFailure(errorCode),
    sizeBytes: Number(sizeBytes),
    hasThumbnail: Boolean(thumbnailKey),
    createdAt: createdAt.toISOString(),
  }));
}
