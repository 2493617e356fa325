import "server-only";
import { Readable } from "node:stream";

/** A Node stream as a download response; the name goes in both the ASCII and the UTF-8 form (RFC 6266). */
export function downloadResponse(body: Readable, { fileName, contentType }: { fileName: string; contentType: string }) {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return new Response(Readable.toWeb(body) as ReadableStream, {
    headers: {
      "content-type": contentType,
      "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
