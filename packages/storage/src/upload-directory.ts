import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { TStorage } from "./s3-client";
import { putObject } from "./objects";

/**
 * Uploads every file under `dir` to `prefix` keeping relative paths, a few at a time; the content type comes from
 * the file's extension through `contentTypes` (anything else is `application/octet-stream`). Returns the count.
 */
export async function uploadDirectory(
  storage: TStorage,
  {
    dir,
    prefix,
    contentTypes = {},
    concurrency = 4,
  }: { dir: string; prefix: string; contentTypes?: Record<string, string>; concurrency?: number },
): Promise<number> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
  let next = 0;
  const workers = Array.from({ length: Math.min(concurrency, files.length) }, async () => {
    while (next < files.length) {
      const file = files[next++] as string;
      const type = contentTypes[file.split(".").pop() ?? ""] ?? "application/octet-stream";
      await putObject(storage, prefix + file, await readFile(join(dir, file)), type);
    }
  });
  await Promise.all(workers);
  return files.length;
}
