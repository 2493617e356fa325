import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { PutObjectCommand } from "@aws-sdk/client-s3";
import type { TStorage } from "@gafus/storage";

const TYPES: Record<string, string> = {
  m3u8: "application/vnd.apple.mpegurl",
  ts: "video/mp2t",
  jpg: "image/jpeg",
};

/** Uploads every file under `dir` to `prefix` keeping relative paths, a few at a time. */
export async function uploadHlsDir(storage: TStorage, dir: string, prefix: string, concurrency = 4): Promise<number> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
  let next = 0;
  const workers = Array.from({ length: Math.min(concurrency, files.length) }, async () => {
    while (next < files.length) {
      const file = files[next++] as string;
      await storage.client.send(
        new PutObjectCommand({
          Bucket: storage.bucket,
          Key: prefix + file,
          Body: await readFile(join(dir, file)),
          ContentType: TYPES[file.split(".").pop() ?? ""] ?? "application/octet-stream",
        }),
      );
    }
  });
  await Promise.all(workers);
  return files.length;
}
