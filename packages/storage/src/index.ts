export { createStorage, ensureBucket, getStorage, headBucket } from "./s3-client";
export type { TStorage } from "./s3-client";
export { uploadStream } from "./upload-stream";
export { storageKeys } from "./keys";
