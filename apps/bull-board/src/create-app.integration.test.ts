import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { encodeSessionToken, readSessionClaims, SESSION_COOKIE } from "@gafus/auth";
import { testEnv } from "@gafus/config";
import { createLogger } from "@gafus/logger";
import { bullPrefix, createJobWorker, createQueue, QUEUE_NAMES } from "@gafus/queues";
import { createTestDatabase, createTestRedis, makeUser, type TTestDatabase, type TTestRedis } from "@gafus/testing";
import { UnrecoverableError, type Queue } from "bullmq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASE_PATH, createApp } from "./create-app";

let t: TTestDatabase;
let redis: TTestRedis;
let server: Server;
let base: string;
let closeApp: () => Promise<unknown>;
let events: Queue;
const logger = createLogger("test", new Writable({ write: (_c, _e, done) => done() }));

beforeAll(async () => {
  t = await createTestDatabase();
  redis = await createTestRedis();
  const connection = { url: testEnv().TEST_REDIS_URL, prefix: bullPrefix(redis.prefix) };
  const { app, close } = createApp(logger, { db: t.db, redisUrl: connection.url, prefix: connection.prefix });
  closeApp = close;
  server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${BASE_PATH}`;
  // One failed job for retry and clean to act on.
  events = createQueue("events", connection);
  await events.add("test.thing.happened.v1", {}, { jobId: "failed-event" });
  const worker = createJobWorker(
    "events",
    async () => {
      throw new UnrecoverableError("handler refused");
    },
    { ...connection, logger },
  );
  while ((await events.getJobState("failed-event")) !== "failed") await new Promise((r) => setTimeout(r, 25));
  await worker.close();
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await Promise.all([closeApp(), events.close()]);
  await redis.cleanup();
  await t.drop();
});

const cookieFor = async (role: "ADMIN" | "MODERATOR" | "TRAINER") => {
  const user = await makeUser(t.db, { role });
  return `${SESSION_COOKIE}=${encodeURIComponent(await encodeSessionToken({ db: t.db, userId: user.id }))}`;
};
const call = (path: string, { method = "GET", cookie }: { method?: string; cookie?: string } = {}) =>
  fetch(`${base}${path}`, { method, headers: { accept: "application/json", ...(cookie ? { cookie } : {}) } });
const writes = ["retry", "clean"].flatMap((action) =>
  ["PUT", "POST"].map((method) => ({ method, path: `/api/queues/events/${action}/failed` })),
);

describe("Bull Board access", () => {
  it("shows an admin every queue of the platform through its JSON API", async () => {
    const response = await call("/api/queues", { cookie: await cookieFor("ADMIN") });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { queues: { name: string; counts: Record<string, number> }[] };
    expect(body.queues.map((q) => q.name).sort()).toEqual([...QUEUE_NAMES].sort());
    expect(body.queues.find((q) => q.name === "events")?.counts).toMatchObject({ failed: 1 });
  });

  it("refuses trainers and moderators (403) and anonymous callers (401) on reads, retries and cleans", async () => {
    for (const role of ["TRAINER", "MODERATOR"] as const) {
      const cookie = await cookieFor(role);
      expect((await call("/api/queues", { cookie })).status).toBe(403);
      for (const { method, path } of writes) {
        const response = await call(path, { method, cookie });
        expect(response.status, `${role} ${method} ${path}`).toBe(403);
        expect(await response.json()).toMatchObject({ error: "forbidden", code: 403 });
      }
    }
    expect((await call("/api/queues")).status).toBe(401);
    for (const { method, path } of writes) expect((await call(path, { method })).status).toBe(401);
    // A forged cookie is no session.
    expect((await call("/api/queues", { cookie: `${SESSION_COOKIE}=forged` })).status).toBe(401);
    // Nothing changed: the failed job is still there, still failed.
    expect(await events.getJobState("failed-event")).toBe("failed");
    expect(await events.getJobCounts("failed")).toEqual({ failed: 1 });
  });

  it("refuses an admin's cookie once its session has ended (signed out, or every session ended)", async () => {
    const admin = await makeUser(t.db, { role: "ADMIN" });
    const signedOut = await encodeSessionToken({ db: t.db, userId: admin.id });
    const other = await encodeSessionToken({ db: t.db, userId: admin.id });
    const cookie = (token: string) => `${SESSION_COOKIE}=${encodeURIComponent(token)}`;
    expect((await call("/api/queues", { cookie: cookie(signedOut) })).status).toBe(200);
    const { sessionId } = (await readSessionClaims(cookie(signedOut)))!;
    await t.db.userSession.update({ where: { id: sessionId }, data: { revokedAt: new Date() } });
    const refused = await call("/api/queues", { cookie: cookie(signedOut) });
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ error: "unauthorized", code: 401 });
    expect((await call("/api/queues", { cookie: cookie(other) })).status).toBe(200);
    await t.db.user.update({ where: { id: admin.id }, data: { sessionVersion: { increment: 1 } } });
    expect((await call("/api/queues", { cookie: cookie(other) })).status).toBe(401);
  });

  it("lets an admin retry through the same endpoint (so the refusals above were real routes)", async () => {
    const response = await call("/api/queues/events/retry/failed", { method: "PUT", cookie: await cookieFor("ADMIN") });
    expect(response.status).toBe(200);
    expect(await events.getJobState("failed-event")).toBe("waiting");
  });
});
