import type { TDb } from "@gafus/prisma";

export const INTERRUPTED_REASON = "Transcoding was interrupted (the worker stopped). Press “Retry” to start again.";

/**
 * Marks a transcoding whose job ended without finishing (BullMQ gave up on a job whose worker kept dying) as
 * FAILED, so the panel offers a retry. Guarded by status and attempt: a job that finished meanwhile, or a retry the
 * trainer already started, is left as it is. Returns whether the asset was marked.
 */
export async function failInterruptedTranscoding({
  db,
  assetId,
  attempt,
}: {
  db: TDb;
  assetId: string;
  attempt: number;
}): Promise<boolean> {
  const { count } = await db.mediaAsset.updateMany({
    where: { id: assetId, attempts: attempt, status: "TRANSCODING" },
    data: { status: "FAILED", error: INTERRUPTED_REASON, errorCode: "interrupted" },
  });
  return count === 1;
}
