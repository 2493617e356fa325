import { Prisma } from "@gafus/prisma";
import { AppError } from "../errors/app-error";
import type { TClient } from "./authorize";
import type { TStepInput } from "./schemas";

/**
 * Our own video may be attached only if the step's author owns it and it finished transcoding. A foreign or missing
 * asset gets the same answer, so asset ids cannot be probed.
 */
export async function assertUsableVideo(db: TClient, ownerId: string, videoAssetId: string | null) {
  if (!videoAssetId) return;
  const asset = await db.mediaAsset.findFirst({
    where: { id: videoAssetId, ownerId, status: "READY" },
    select: { id: true },
  });
  if (!asset) {
    throw new AppError("validation_failed", "Choose one of your own videos that is ready.", {
      reason: "video_not_usable",
      fields: { videoAssetId: ["Choose one of your own videos that is ready"] },
    });
  }
}

/** The columns a step input writes; fields that do not apply to the type are cleared, not kept stale. */
export function stepData(input: TStepInput) {
  const isExam = input.type === "EXAMINATION";
  return {
    title: input.title,
    type: input.type,
    content: input.content,
    durationSec: input.type === "TRAINING" ? input.durationSec : null,
    videoUrl: input.videoUrl,
    videoAssetId: input.videoAssetId,
    checklist: input.checklist,
    quiz: isExam && input.quiz ? (input.quiz as Prisma.InputJsonObject) : Prisma.DbNull,
    requiresWrittenAnswer: isExam && input.requiresWrittenAnswer,
    requiresVideo: isExam && input.requiresVideo,
  };
}
