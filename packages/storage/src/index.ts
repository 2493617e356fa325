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
export {
  deleteObject,
  deleteObjects,
  deletePrefix,
  headObjectSize,
  listKeys,
  objectExists,
  putObject,
  readObjectHead,
} from "./objects";
export { getObject, readFailure } from "./read-object";
export type { TObjectBody, TObjectRead } from "./read-object";
export { uploadDirectory } from "./upload-directory";
export { getPublicStorage } from "./public-storage";
