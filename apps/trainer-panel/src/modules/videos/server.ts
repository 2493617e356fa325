import "server-only";
import { videoEnv } from "@gafus/config";
import type { TEnqueueTranscoding } from "@gafus/core";
import { createQueue, enqueueVideoTranscoding, type TQueue } from "@gafus/queues";

const globalForQueue = globalThis as unknown as { gafusVideoQueue?: TQueue<"video-transcoding"> };

/** Fast path to the worker; when Redis is down this fails fast and the worker's sweeper enqueues later. */
export const enqueueTranscoding: TEnqueueTranscoding = (job) => {
  globalForQueue.gafusVideoQueue ??= createQueue("video-transcoding");
  return enqueueVideoTranscoding(globalForQueue.gafusVideoQueue, job);
};

export function videoLimits() {
  const { VIDEO_MAX_BYTES, VIDEO_PART_BYTES } = videoEnv();
  return { maxBytes: VIDEO_MAX_BYTES, partBytes: VIDEO_PART_BYTES };
}
