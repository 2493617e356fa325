import type { TActor } from "@gafus/auth";
import type { TDb } from "@gafus/prisma";
import { assertCanUpload } from "./video-asset-access";

export type TVideoRow = {
  id: string;
  title: string;
  originalName: string;
  status: "UPLOADING" | "QUEUED" | "TRANSCODING" | "READY" | "FAILED";
  progress: number;
  error: string | null;
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
      sizeBytes: true,
      durationSec: true,
      width: true,
      height: true,
      thumbnailKey: true,
      createdAt: true,
    },
  });
  return rows.map(({ thumbnailKey, sizeBytes, createdAt, ...row }) => ({
    ...row,
    sizeBytes: Number(sizeBytes),
    hasThumbnail: Boolean(thumbnailKey),
    createdAt: createdAt.toISOString(),
  }));
}
