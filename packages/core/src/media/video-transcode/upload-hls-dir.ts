import { uploadDirectory, type TStorage } from "@gafus/storage";

const TYPES: Record<string, string> = {
  m3u8: "application/vnd.apple.mpegurl",
  ts: "video/mp2t",
  jpg: "image/jpeg",
};

/** Uploads every file under `dir` to `prefix` keeping relative paths, a few at a time. */
export async function uploadHlsDir(storage: TStorage, dir: string, prefix: string, concurrency = 4): Promise<number> {
  return uploadDirectory(storage, { dir, prefix, contentTypes: TYPES, concurrency });
}
