import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  ListPartsCommand,
  UploadPartCommand,
  type Part,
} from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import type { TStorage } from "./s3-client";

/**
 * Presigned multipart upload: the browser PUTs each part straight to S3 with a URL we sign, so a 2 GB video never
 * passes through our servers. S3 keeps the parts under the upload id until we complete or abort it.
 */
export async function createMultipartUpload(
  { client, bucket }: TStorage,
  { key, contentType }: { key: string; contentType: string },
): Promise<string> {
  const out = await client.send(
    new CreateMultipartUploadCommand({ Bucket: bucket, Key: key, ContentType: contentType }),
  );
  if (!out.UploadId) throw new Error("S3 returned no upload id");
  return out.UploadId;
}

/** Part URLs for the browser; `storage` is the public-endpoint client (its host and path are signed into the URL). */
export async function presignUploadParts(
  { client, bucket }: TStorage,
  {
    key,
    uploadId,
    partNumbers,
    expiresIn = 3600,
  }: { key: string; uploadId: string; partNumbers: number[]; expiresIn?: number },
): Promise<{ partNumber: number; url: string }[]> {
  return Promise.all(
    partNumbers.map(async (partNumber) => ({
      partNumber,
      url: await getSignedUrl(
        client,
        new UploadPartCommand({ Bucket: bucket, Key: key, UploadId: uploadId, PartNumber: partNumber }),
        { expiresIn },
      ),
    })),
  );
}

export type TUploadedPart = { partNumber: number; etag: string; size: number };

/** The parts S3 already holds, so that a reloaded page or a dropped connection resumes instead of starting over. */
export async function listUploadedParts(
  { client, bucket }: TStorage,
  { key, uploadId }: { key: string; uploadId: string },
): Promise<TUploadedPart[]> {
  const parts: TUploadedPart[] = [];
  let marker: string | undefined;
  for (;;) {
    const out = await client.send(
      new ListPartsCommand({ Bucket: bucket, Key: key, UploadId: uploadId, PartNumberMarker: marker }),
    );
    for (const part of out.Parts ?? [])
      if (part.PartNumber && part.ETag)
        parts.push({ partNumber: part.PartNumber, etag: part.ETag, size: part.Size ?? 0 });
    if (!out.IsTruncated || !out.NextPartNumberMarker) return parts;
    marker = out.NextPartNumberMarker;
  }
}

/** Completes with the parts S3 reports (not what the browser claims), in order. */
export async function completeMultipartUpload(
  storage: TStorage,
  { key, uploadId }: { key: string; uploadId: string },
): Promise<void> {
  const parts = await listUploadedParts(storage, { key, uploadId });
  if (parts.length === 0) throw new Error("no parts uploaded");
  const sorted: Part[] = parts
    .sort((a, b) => a.partNumber - b.partNumber)
    .map((p) => ({ PartNumber: p.partNumber, ETag: p.etag }));
  await storage.client.send(
    new CompleteMultipartUploadCommand({
      Bucket: storage.bucket,
      Key: key,
      UploadId: uploadId,
      MultipartUpload: { Parts: sorted },
    }),
  );
}

export async function abortMultipartUpload(
  { client, bucket }: TStorage,
  { key, uploadId }: { key: string; uploadId: string },
): Promise<void> {
  await client.send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId }));
}
