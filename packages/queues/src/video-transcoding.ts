import type { Queue } from "bullmq";
import { z } from "zod";
import { correlated, ZCorrelated } from "./correlation";

export const ZVideoTranscodingJob = ZCorrelated.extend({ assetId: z.uuid(), attempt: z.number().int().min(0) });
export type TVideoTranscodingJob = z.infer<typeof ZVideoTranscodingJob>;

/** One job per asset and attempt: enqueuing twice (request + sweeper) runs it once; a manual retry is a new attempt. */
export const videoTranscodingJobId = ({ assetId, attempt }: TVideoTranscodingJob) => `video-${assetId}-${attempt}`;

/** Transcoding is slow and CPU-bound: fewer, slower retries than the defaults, and failed jobs kept for a look. */
export const VIDEO_TRANSCODING_JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: "exponential", delay: 10_000 },
} as const;

export async function enqueueVideoTranscoding(queue: Queue, job: TVideoTranscodingJob): Promise<void> {
  const data = ZVideoTranscodingJob.parse(correlated(job));
  await queue.add("transcode", data, { ...VIDEO_TRANSCODING_JOB_OPTIONS, jobId: videoTranscodingJobId(data) });
}
