export { createStorage, ensureBucket, getStorage, headBucket } from "./s3-client";
export type { TStorage } from "./s3-client";
export { uploadStream } from "./upload-stream";
export { storageKeys } from "./keys";
export {
  abortMultipartUpload,
  completeMultipartUpload,
  createMultipartUpload,
  listUploadedParts,
  presignUploadParts,
} from "./multipart";
export type { TUploadedPart } from "./multipart";
export { deletePrefix, headObjectSize, putObject, readObjectHead } from "./objects";
export { getPublicStorage } from "./public-storage";
