import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DeleteBucketCommand } from "@aws-sdk/client-s3";
import { s3Env, testEnv } from "@gafus/config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  deleteObject,
  deleteObjects,
  deletePrefix,
  listKeys,
  objectExists,
  putObject,
  readObjectHead,
} from "./objects";
import { getObject, readFailure } from "./read-object";
import { createStorage, ensureBucket, type TStorage } from "./s3-client";
import { uploadDirectory } from "./upload-directory";

// A bucket of its own on the test S3 (s3rver), built here: @gafus/testing depends on this package.
// Paging past 1000 keys is not exercised: s3rver 3.7.1 makes its continuation tokens with DES, which Node 24's
// OpenSSL 3 refuses, so s3rver answers InternalError to any listing longer than one page.
let storage: TStorage;
beforeAll(async () => {
  const bucket = `test-${testEnv().TEST_RUN_ID}-storage-${randomBytes(4).toString("hex")}`;
  storage = createStorage({ ...s3Env({}), S3_ENDPOINT: testEnv().TEST_S3_ENDPOINT, S3_BUCKET: bucket });
  await ensureBucket(storage);
});
afterAll(async () => {
  await deletePrefix(storage, "");
  await storage.client.send(new DeleteBucketCommand({ Bucket: storage.bucket }));
});

const failureOf = (promise: Promise<unknown>) => promise.then(() => "read", readFailure);

describe("object operations core uses", () => {
  it("reads an object whole, as text, and one byte range of it for a seeking player", async () => {
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => i % 256);
    await putObject(storage, "read/clip.mp4", bytes, "video/mp4");

    const whole = await getObject(storage, "read/clip.mp4");
    expect(whole).toMatchObject({ contentLength: 1000, contentType: "video/mp4", contentRange: undefined });
    expect(await whole.body!.bytes()).toEqual(bytes);

    const part = await getObject(storage, "read/clip.mp4", { range: "bytes=100-199" });
    expect(part).toMatchObject({ contentLength: 100, contentRange: "bytes 100-199/1000" });
    const ranged = Buffer.from(await new Response(part.body!.webStream()).arrayBuffer());
    expect(ranged).toEqual(Buffer.from(bytes.slice(100, 200)));
    expect(await readObjectHead(storage, "read/clip.mp4", 4)).toEqual(bytes.slice(0, 4));

    await putObject(storage, "read/list.m3u8", "#EXTM3U\n", "application/vnd.apple.mpegurl");
    expect(await (await getObject(storage, "read/list.m3u8")).body!.text()).toBe("#EXTM3U\n");
  });

  it("says why a read failed: a missing key, or a range outside the object", async () => {
    await putObject(storage, "fail/small", "0123456789");
    expect(await failureOf(getObject(storage, "fail/nothing-here"))).toBe("missing");
    expect(await failureOf(getObject(storage, "fail/small", { range: "bytes=500-600" }))).toBe("invalid_range");
    expect(readFailure(new Error("connection reset"))).toBeNull();
  });

  it("tells whether an object exists, and deletes one or many (a missing key is no error)", async () => {
    const keys = ["many/a", "many/b", "many/c"];
    for (const key of keys) await putObject(storage, key, "x");
    expect(await objectExists(storage, "many/a")).toBe(true);
    expect(await objectExists(storage, "many/none")).toBe(false);

    await deleteObject(storage, "many/a");
    await deleteObject(storage, "many/a");
    expect(await objectExists(storage, "many/a")).toBe(false);
    expect(await deleteObjects(storage, ["many/b", "many/c", "many/none"])).toEqual({ failed: [] });
    expect(await listKeys(storage, "many/")).toEqual([]);
  });

  it("uploads a directory with its relative paths and content types, and lists and removes it by prefix", async () => {
    const dir = await mkdtemp(join(tmpdir(), "gafus-storage-"));
    try {
      await mkdir(join(dir, "480p"));
      await writeFile(join(dir, "480p", "index.m3u8"), "#EXTM3U\n");
      await writeFile(join(dir, "480p", "seg-0.ts"), "segment");
      await writeFile(join(dir, "thumb.jpg"), "jpeg");
      await writeFile(join(dir, "notes.bin"), "other");
      const uploaded = await uploadDirectory(storage, {
        dir,
        prefix: "dir/asset/",
        contentTypes: { m3u8: "application/vnd.apple.mpegurl", jpg: "image/jpeg" },
      });
      expect(uploaded).toBe(4);
      expect((await listKeys(storage, "dir/asset/")).sort()).toEqual([
        "dir/asset/480p/index.m3u8",
        "dir/asset/480p/seg-0.ts",
        "dir/asset/notes.bin",
        "dir/asset/thumb.jpg",
      ]);
      expect((await getObject(storage, "dir/asset/480p/index.m3u8")).contentType).toBe("application/vnd.apple.mpegurl");
      expect((await getObject(storage, "dir/asset/notes.bin")).contentType).toBe("application/octet-stream");
      expect(await deletePrefix(storage, "dir/asset/")).toBe(4);
      expect(await listKeys(storage, "dir/")).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
