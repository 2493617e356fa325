import { CreateBucketCommand, HeadBucketCommand, S3Client } from "@aws-sdk/client-s3";
import { s3Env, type TS3Env } from "@gafus/config";

export type TStorage = { client: S3Client; bucket: string };

export function createStorage(env: TS3Env = s3Env()): TStorage {
  const client = new S3Client({
    endpoint: env.S3_ENDPOINT,
    region: env.S3_REGION,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
    credentials: { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY },
    // s3rver and several S3-compatible stores corrupt streamed uploads with the SDK's default CRC checksums.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    maxAttempts: 2,
  });
  return { client, bucket: env.S3_BUCKET };
}

const globalForStorage = globalThis as unknown as { gafusStorage?: TStorage };

export function getStorage(): TStorage {
  globalForStorage.gafusStorage ??= createStorage();
  return globalForStorage.gafusStorage;
}

export async function headBucket({ client, bucket }: TStorage, signal?: AbortSignal): Promise<void> {
  await client.send(new HeadBucketCommand({ Bucket: bucket }), { abortSignal: signal });
}

/** Creates the bucket when it is missing (development and tests; production buckets are provisioned). */
export async function ensureBucket(storage: TStorage): Promise<void> {
  try {
    await headBucket(storage);
  } catch {
    await storage.client.send(new CreateBucketCommand({ Bucket: storage.bucket }));
  }
}
