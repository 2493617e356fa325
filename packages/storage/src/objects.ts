import {
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
} from "@aws-sdk/client-s3";
import type { TStorage } from "./s3-client";

/** Size of an object, or null when it does not exist. */
export async function headObjectSize({ client, bucket }: TStorage, key: string): Promise<number | null> {
  try {
    const out = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return out.ContentLength ?? 0;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === "NotFound" || name === "NoSuchKey") return null;
    throw error;
  }
}

/** The first `bytes` of an object (a ranged GET), e.g. to sniff its real type without downloading it. */
export async function readObjectHead({ client, bucket }: TStorage, key: string, bytes = 64): Promise<Uint8Array> {
  const out = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key, Range: `bytes=0-${bytes - 1}` }));
  return out.Body ? new Uint8Array(await out.Body.transformToByteArray()) : new Uint8Array();
}

/** Deletes every object under a prefix (an asset's HLS files, say); safe to call again. */
export async function deletePrefix({ client, bucket }: TStorage, prefix: string): Promise<number> {
  let deleted = 0;
  let token: string | undefined;
  do {
    const listed = await client.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
    );
    const objects = (listed.Contents ?? []).flatMap((o) => (o.Key ? [{ Key: o.Key }] : []));
    if (objects.length) {
      await client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: objects } }));
      deleted += objects.length;
    }
    token = listed.IsTruncated ? listed.NextContinuationToken : undefined;
  } while (token);
  return deleted;
}

/** A small object written in one request (playlists, segments, thumbnails, test fixtures). */
export async function putObject(
  { client, bucket }: TStorage,
  key: string,
  body: Uint8Array | string,
  contentType = "application/octet-stream",
): Promise<void> {
  await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: contentType }));
}
