/** What a trainer may upload: declared at create, then proven by the file's first bytes at complete. */
export const VIDEO_CONTENT_TYPES = { mp4: "video/mp4", mov: "video/quicktime", webm: "video/webm" } as const;

export const ALLOWED_VIDEO_CONTENT_TYPES = Object.values(VIDEO_CONTENT_TYPES) as string[];

/** S3 allows at most 10,000 parts; the part size grows for very large files so any allowed size fits. */
export function planParts(sizeBytes: number, partBytes: number): { partSize: number; partCount: number } {
  const minPart = 5 * 1024 * 1024;
  const partSize = Math.max(minPart, partBytes, Math.ceil(sizeBytes / 10_000));
  return { partSize, partCount: Math.max(1, Math.ceil(sizeBytes / partSize)) };
}
