// s3rver 3.7 implements create/upload-part/complete of S3 multipart uploads but not ListParts (GET ?uploadId) nor
// AbortMultipartUpload (DELETE ?uploadId), which resumable browser uploads need. This Koa middleware answers both
// from s3rver's own on-disk upload directory, in the XML S3 itself returns, so the app runs unchanged on real S3.
import { promises as fs } from "node:fs";
import path from "node:path";

const xml = (body) => `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
const noSuchUpload = (ctx) => {
  ctx.status = 404;
  ctx.type = "application/xml";
  ctx.body = xml("<Error><Code>NoSuchUpload</Code><Message>The specified upload does not exist.</Message></Error>");
};

export function multipartExtras(server) {
  return async (ctx, next) => {
    const uploadId = ctx.query.uploadId;
    const match = /^\/([^/]+)\/(.+)$/.exec(ctx.path);
    const isList = ctx.method === "GET" && uploadId && !ctx.query.partNumber;
    const isAbort = ctx.method === "DELETE" && uploadId;
    if (!match || !(isList || isAbort) || !/^[\w-]+$/.test(String(uploadId))) return next();
    const [, bucket, key] = match;
    const dir = path.join(server.store.getResourcePath(bucket, undefined, "uploads"), String(uploadId));
    const exists = await fs.stat(dir).then(
      () => true,
      () => false,
    );
    if (!exists) return noSuchUpload(ctx);
    if (isAbort) {
      await fs.rm(dir, { recursive: true, force: true });
      ctx.status = 204;
      return;
    }
    const names = (await fs.readdir(dir)).filter((n) => /^\d+$/.test(n)).sort((a, b) => Number(a) - Number(b));
    const parts = await Promise.all(
      names.map(async (n) => {
        const [stat, md5] = await Promise.all([
          fs.stat(path.join(dir, n)),
          fs.readFile(path.join(dir, `${n}.md5`), "utf8").catch(() => ""),
        ]);
        return `<Part><PartNumber>${n}</PartNumber><LastModified>${stat.mtime.toISOString()}</LastModified><ETag>"${md5}"</ETag><Size>${stat.size}</Size></Part>`;
      }),
    );
    ctx.status = 200;
    ctx.type = "application/xml";
    ctx.body = xml(
      `<ListPartsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Bucket>${bucket}</Bucket><Key>${decodeURIComponent(key)}</Key><UploadId>${uploadId}</UploadId><MaxParts>10000</MaxParts><IsTruncated>false</IsTruncated>${parts.join("")}</ListPartsResult>`,
    );
  };
}
