import { s3Env } from "@gafus/config";
import { describe, expect, it } from "vitest";
import { presignUploadParts } from "./multipart";
import { createStorage } from "./s3-client";

describe("presigned part URLs through a public endpoint with a path", () => {
  it("keep the endpoint's path prefix (nginx's /s3 location) in front of the bucket and key", async () => {
    const storage = createStorage({ ...s3Env({}), S3_ENDPOINT: "http://localhost:8080/s3", S3_BUCKET: "gafus" });
    const [part] = await presignUploadParts(storage, {
      key: "media/source/u/a",
      uploadId: "up-1",
      partNumbers: [3],
    });
    const url = new URL(part!.url);
    expect(url.origin).toBe("http://localhost:8080");
    expect(url.pathname).toBe("/s3/gafus/media/source/u/a");
    expect(url.searchParams.get("partNumber")).toBe("3");
    expect(url.searchParams.get("uploadId")).toBe("up-1");
    expect(url.searchParams.get("X-Amz-Signature")).toMatch(/^[0-9a-f]{64}$/);
  });
});
