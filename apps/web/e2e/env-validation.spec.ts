import { spawn } from "node:child_process";
import { once } from "node:events";
import net from "node:net";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";

const server = fileURLToPath(new URL("../.next/standalone/apps/web/server.js", import.meta.url));

test("the built web app refuses to start with a bad environment and names every bad variable", async () => {
  const probe = net.createServer().listen(0, "127.0.0.1");
  await once(probe, "listening");
  const port = String((probe.address() as net.AddressInfo).port);
  probe.close();
  // Only the variables given here: a production start with no secret and a non-PostgreSQL database URL.
  const child = spawn(process.execPath, [server], {
    env: {
      NODE_ENV: "production",
      DATABASE_URL: "mysql://db/gafus",
      REDIS_URL: "not a url",
      // Groups read per request before: now checked at start too.
      EXAM_VIDEO_MAX_MB: "lots",
      MEDIA_URL_TTL_SEC: "-5",
      PORT: port,
      HOSTNAME: "127.0.0.1",
    },
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += String(chunk)));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  expect(code).toBe(1);
  expect(stderr).toContain("Invalid environment configuration");
  expect(stderr).toContain("DATABASE_URL: must be a PostgreSQL URL");
  expect(stderr).toContain("REDIS_URL: must be a Redis URL");
  expect(stderr).toContain("AUTH_SECRET: is required in production");
  expect(stderr).toContain("EXAM_VIDEO_MAX_MB:");
  expect(stderr).toContain("MEDIA_URL_TTL_SEC:");
});
