import { GetObjectCommand } from "@aws-sdk/client-s3";
import type { Readable } from "node:stream";
import type { TStorage } from "./s3-client";

/** An object's body, read once in whichever form the caller needs. */
export type TObjectBody = {
  /** For a `Response` body (routes stream it to the browser). */
  webStream: () => ReadableStream<Uint8Array>;
  /** For a Node pipeline (to a file, to the worker's upload). */
  nodeStream: () => Readable;
  text: () => Promise<string>;
  bytes: () => Promise<Uint8Array>;
};

export type TObjectRead = {
  /** null when S3 answered without a body. */
  body: TObjectBody | null;
  contentLength: number | undefined;
  contentType: string | undefined;
  /** Set when a `range` was asked for and S3 honoured it (`bytes 0-99/1234`). */
  contentRange: string | undefined;
};

/**
 * Reads an object, optionally one HTTP byte range of it (`bytes=0-`), so a player can seek. A missing key or an
 * impossible range rejects with S3's error: `readFailure()` says which.
 */
export async function getObject(
  { client, bucket }: TStorage,
  key: string,
  { range }: { range?: string | null } = {},
): Promise<TObjectRead> {
  const out = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key, Range: range ?? undefined }));
  const body = out.Body;
  return {
    body: body
      ? {
          webStream: () => body.transformToWebStream(),
          // In Node the SDK's body is the HTTP response stream itself.
          nodeStream: () => body as Readable,
          text: () => body.transformToString(),
          bytes: () => body.transformToByteArray(),
        }
      : null,
    contentLength: out.ContentLength,
    contentType: out.ContentType,
    contentRange: out.ContentRange,
  };
}

/** Why a read failed, in the terms a caller maps to HTTP: the key is gone, or the range lies outside the object. */
export function readFailure(error: unknown): "missing" | "invalid_range" | null {
  const name = (error as { name?: string } | null)?.name;
  if (name === "NoSuchKey" || name === "NotFound") return "missing";
  if (name === "InvalidRange") return "invalid_range";
  return null;
}
