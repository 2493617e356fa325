import { VIDEO_FAILURE_CODES, ZCreateVideoUpload, ZPresignParts } from "@gafus/core";
import { defineOperation } from "@gafus/http";
import { z } from "zod";
import { ZIdParams } from "./params";

const tags = ["videos"];
const ZMediaStatus = z.enum(["UPLOADING", "QUEUED", "TRANSCODING", "READY", "FAILED"]);
/** How the browser cuts the file: S3 multipart parts of `partSize` bytes, `partCount` of them. */
const ZPartPlan = { partSize: z.number().int().positive(), partCount: z.number().int().positive() };

export const listVideosOp = defineOperation({
  method: "GET",
  path: "/trainer/api/videos",
  summary: "The trainer's videos with status and progress (the panel polls it)",
  tags,
  auth: "user",
  response: z.object({
    videos: z.array(
      z.object({
        id: z.uuid(),
        title: z.string(),
        originalName: z.string(),
        status: ZMediaStatus,
        progress: z.number().int(),
        error: z.string().nullable(),
        errorCode: z.enum(VIDEO_FAILURE_CODES).nullable(),
        canRetry: z.boolean(),
        sizeBytes: z.number().int(),
        durationSec: z.number().nullable(),
        width: z.number().int().nullable(),
        height: z.number().int().nullable(),
        hasThumbnail: z.boolean(),
        createdAt: z.iso.datetime(),
      }),
    ),
  }),
});

export const createVideoUploadOp = defineOperation({
  method: "POST",
  path: "/trainer/api/videos",
  summary: "Open a multipart upload for a video of the declared type and size",
  tags,
  auth: "user",
  body: ZCreateVideoUpload,
  response: z.object({ id: z.uuid(), ...ZPartPlan }),
  status: 201,
});

export const deleteVideoOp = defineOperation({
  method: "DELETE",
  path: "/trainer/api/videos/{id}",
  summary: "The video and its files (owner or admin)",
  tags,
  auth: "user",
  params: ZIdParams,
  response: z.object({ id: z.uuid(), deleted: z.boolean() }),
});

export const retryVideoOp = defineOperation({
  method: "POST",
  path: "/trainer/api/videos/{id}/retry",
  summary: "A failed transcoding, once more (a new attempt, a new job)",
  tags,
  auth: "user",
  params: ZIdParams,
  response: z.object({ id: z.uuid(), status: z.literal("QUEUED") }),
  errors: ["conflict", "video_not_retryable"],
});

export const getVideoUploadOp = defineOperation({
  method: "GET",
  path: "/trainer/api/videos/{id}/upload",
  summary: "Part size and the parts S3 already holds, to resume",
  tags,
  auth: "user",
  params: ZIdParams,
  response: z.object({
    id: z.uuid(),
    sizeBytes: z.number().int(),
    ...ZPartPlan,
    done: z.array(z.number().int().positive()),
  }),
  errors: ["conflict"],
});

export const cancelVideoUploadOp = defineOperation({
  method: "DELETE",
  path: "/trainer/api/videos/{id}/upload",
  summary: "Cancel: aborts the multipart upload and forgets the video",
  tags,
  auth: "user",
  params: ZIdParams,
  response: z.object({ id: z.uuid(), cancelled: z.boolean() }),
  errors: ["conflict"],
});

export const presignVideoPartsOp = defineOperation({
  method: "POST",
  path: "/trainer/api/videos/{id}/upload/parts",
  summary: "Presigned PUT URLs on the public S3 endpoint for the named parts",
  tags,
  auth: "user",
  params: ZIdParams,
  body: ZPresignParts,
  response: z.object({ parts: z.array(z.object({ partNumber: z.number().int().positive(), url: z.url() })) }),
  errors: ["conflict"],
});

export const completeVideoUploadOp = defineOperation({
  method: "POST",
  path: "/trainer/api/videos/{id}/upload/complete",
  summary: "Assemble, check size and magic bytes, queue the transcoding",
  tags,
  auth: "user",
  params: ZIdParams,
  response: z.object({ id: z.uuid(), status: ZMediaStatus }),
  errors: ["conflict"],
});
