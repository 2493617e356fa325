import { randomUUID } from "node:crypto";
import { PassThrough, Readable } from "node:stream";
import { storageKeys, uploadStream, type TStorage } from "@gafus/storage";
import { AppError } from "../errors/app-error";
import { sniffVideo } from "./sniff-video";

const CONTENT_TYPES = { mp4: "video/mp4", mov: "video/quicktime", webm: "video/webm" } as const;

/**
 * Streams a student's exam video to S3: the type is checked from the first bytes, the size while streaming (the
 * upload is aborted past `maxBytes`). Returns the key to attach to the exam submission.
 */
export async function storeExamVideo({
  storage,
  userId,
  body,
  maxBytes,
}: {
  storage: TStorage;
  userId: string;
  body: ReadableStream<Uint8Array>;
  maxBytes: number;
}): Promise<{ videoKey: string; bytes: number }> {
  const reader = body.getReader();
  const first = await reader.read();
  const head = first.value ?? new Uint8Array();
  const kind = sniffVideo(head);
  if (!kind) {
    await reader.cancel();
    throw new AppError("unsupported_media_type", "Upload an MP4, MOV or WebM video.");
  }
  const key = storageKeys.examVideo(userId, randomUUID(), kind === "mov" ? "mov" : kind);
  const pipe = new PassThrough();
  let bytes = 0;
  let tooLarge = false;
  const pump = (async () => {
    let chunk: ReadableStreamReadResult<Uint8Array> = first;
    while (!chunk.done) {
      bytes += chunk.value.byteLength;
      if (bytes > maxBytes) {
        tooLarge = true;
        await reader.cancel();
        pipe.destroy(new Error("too large"));
        return;
      }
      if (!pipe.write(chunk.value)) await new Promise((resolve) => pipe.once("drain", resolve));
      chunk = await reader.read();
    }
    pipe.end();
  })();
  try {
    await Promise.all([
      uploadStream(storage, { key, body: Readable.from(pipe), contentType: CONTENT_TYPES[kind] }),
      pump,
    ]);
  } catch (error) {
    if (tooLarge)
      throw new AppError("payload_too_large", `The video is larger than ${Math.round(maxBytes / 1048576)} MB.`, {
        limit: maxBytes,
      });
    throw error;
  }
  return { videoKey: key, bytes };
}
