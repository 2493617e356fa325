import { s3Env, videoEnv } from "@gafus/config";
import { createStorage, type TStorage } from "./s3-client";

const globalForStorage = globalThis as unknown as { gafusPublicStorage?: TStorage };

/**
 * A client for signing URLs that browsers use: same bucket and credentials, but the endpoint the browser can reach
 * (S3_PUBLIC_ENDPOINT). The SDK keeps the endpoint's path (`/s3`) in front of the bucket, so nginx can proxy it.
 */
export function getPublicStorage(): TStorage {
  globalForStorage.gafusPublicStorage ??= createStorage({ ...s3Env(), S3_ENDPOINT: videoEnv().S3_PUBLIC_ENDPOINT });
  return globalForStorage.gafusPublicStorage;
}
