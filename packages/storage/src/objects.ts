import {
  DeleteObjectCommand,
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

/** Whether an object exists; any failure to tell (missing, refused, unreachable) counts as "no". */
export async function objectExists({ client, bucket }: TStorage, key: string): Promise<boolean> {
  return client.send(new HeadObjectCommand({ Bucket: bucket, Key: key })).then(
    () => true,
    () => false,
  );
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

/** Deletes one object; deleting a key that does not exist succeeds. */
export async function deleteObject({ client, bucket }: TStorage, key: string): Promise<void> {
  await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
}

/** S3 takes at most this many keys in one DeleteObjects request. */
const DELETE_BATCH = 1000;

/**
 * Deletes many objects, a thousand per request. DeleteObjects answers 200 even when some keys failed (listed under
 * `Errors`, even in Quiet mode): those come back as `failed`, and every other key is gone.
 */
export async function deleteObjects(
  { client, bucket }: TStorage,
  keys: string[],
): Promise<{ failed: { key: string; code: string }[] }> {
  const failed: { key: string; code: string }[] = [];
  for (let start = 0; start < keys.length; start += DELETE_BATCH) {
    const batch = keys.slice(start, start + DELETE_BATCH);
    const result = await client.send(
      new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true } }),
    );
    for (const error of result.Errors ?? [])
      if (error.Key) failed.push({ key: error.Key, code: error.Code ?? "unknown" });
  }
  return { failed };
}

/** Every key under a prefix (all pages), in S3's order. */
export async function listKeys({ client, bucket }: TStorage, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const listed = await client.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
    );
    for (const object of listed.Contents ?? []) if (object.Key) keys.push(object.Key);
    token = listed.IsTruncated ? listed.NextContinuationToken : undefined;
  } while (token);
  return keys;
}
