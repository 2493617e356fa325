import { Upload } from "@aws-sdk/lib-storage";
import type { Readable } from "node:stream";
import type { TStorage } from "./s3-client";

/** Streams a body to S3 in parts (multipart for large files), never holding the whole file in memory. */
export async function uploadStream(
  { client, bucket }: TStorage,
  { key, body, contentType }: { key: string; body: Readable; contentType: string },
): Promise<void> {
  await new Upload({
    client,
    params: { Bucket: bucket, Key: key, Body: body, ContentType: contentType },
    queueSize: 2,
    partSize: 8 * 1024 * 1024,
  }).done();
}
