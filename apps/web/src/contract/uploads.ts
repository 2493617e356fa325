import { defineOperation } from "@gafus/http";
import { z } from "zod";

export const uploadExamVideoOp = defineOperation({
  method: "POST",
  path: "/api/v1/uploads/exam-video",
  summary: "Upload an exam video (raw MP4, MOV or WebM body); answers { videoKey }",
  description: "Streamed to S3; send the key with the exam. At most EXAM_VIDEO_MAX_MB (200 MB by default).",
  tags: ["training"],
  auth: "user",
  rawBody: {
    contentTypes: ["video/mp4", "video/quicktime", "video/webm"],
    description: "The video itself, checked by its first bytes (not by the content type).",
  },
  response: z.object({ videoKey: z.string(), bytes: z.number().int() }),
  status: 201,
});
