// Embedded S3 for development and tests: s3rver keeps objects on disk under .data/s3.
// Usage: node s3rver.mjs <directory> <port>
import S3rver from "s3rver";
import { multipartExtras } from "./s3rver-multipart.mjs";

const [directory, port] = process.argv.slice(2);
const server = new S3rver({
  address: "127.0.0.1",
  port: Number(port),
  directory,
  silent: true,
  configureBuckets: [{ name: "gafus" }],
});
// Ahead of s3rver's own routes (Koa composes the middleware list when the server starts).
server.middleware.unshift(multipartExtras(server));
await server.run();
const stop = () => server.close().finally(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
