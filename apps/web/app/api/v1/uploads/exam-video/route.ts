import { uploadEnv } from "@gafus/config";
import { AppError, storeExamVideo } from "@gafus/core";
import { getStorage } from "@gafus/storage";
import { uploadExamVideoOp } from "@/contract/uploads";
import { route } from "@/server/api";

/**
 * POST /api/v1/uploads/exam-video — the raw video as the body (MP4, MOV or WebM, checked by its bytes), streamed
 * to S3. Answers { videoKey } to send with the exam.
 */
export const POST = route(uploadExamVideoOp, async ({ request, user }) => {
  const maxBytes = uploadEnv().EXAM_VIDEO_MAX_MB * 1024 * 1024;
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) {
    throw new AppError("payload_too_large", `The video is larger than ${uploadEnv().EXAM_VIDEO_MAX_MB} MB.`, {
      limit: maxBytes,
    });
  }
  if (!request.body) throw new AppError("validation_failed", "Send the video as the request body.");
  return storeExamVideo({ storage: getStorage(), userId: user.id, body: request.body, maxBytes });
});
