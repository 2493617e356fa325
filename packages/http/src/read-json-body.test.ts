import { describe, expect, it } from "vitest";
import { readBodyLimited } from "./read-json-body";

/** A chunked body (no Content-Length) of `chunks` pieces of 1 KiB; counts how many the reader pulled. */
function chunkedRequest(chunks: number) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close();
      pulled += 1;
      controller.enqueue(new Uint8Array(1024).fill(7));
    },
  });
  const request = new Request("http://test/upload", { method: "PUT", body, duplex: "half" } as RequestInit);
  return { request, pulled: () => pulled };
}

describe("readBodyLimited", () => {
  it("returns a body within the limit byte for byte", async () => {
    const { request } = chunkedRequest(3);
    const bytes = await readBodyLimited(request, 4096);
    expect(bytes.byteLength).toBe(3072);
    expect(bytes.every((b) => b === 7)).toBe(true);
  });

  it("refuses a chunked body with a 413 as soon as it passes the limit, without reading the rest", async () => {
    const { request, pulled } = chunkedRequest(10_000);
    await expect(readBodyLimited(request, 8 * 1024)).rejects.toMatchObject({ error: "payload_too_large", status: 413 });
    expect(pulled()).toBeLessThan(20);
  });

  it("refuses a declared Content-Length over the limit before reading anything", async () => {
    const request = new Request("http://test/upload", {
      method: "PUT",
      body: "x".repeat(10),
      headers: { "content-length": "999999" },
    });
    await expect(readBodyLimited(request, 100)).rejects.toMatchObject({ status: 413 });
  });
});
