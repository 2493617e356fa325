import { createBullBoard } from "@bull-board/api";
import { BullMQAdapter } from "@bull-board/api/bullMQAdapter";
import { ExpressAdapter } from "@bull-board/express";
import { requirePermission } from "@gafus/auth/express";
import { createHealthRoutes } from "@gafus/http";
import type { TLogger } from "@gafus/logger";
import type { TDb } from "@gafus/prisma";
import { createQueue, QUEUE_NAMES } from "@gafus/queues";
import express, { type Request, type Response } from "express";

export const BASE_PATH = "/queues";

/** Sends a web-standard Response (from the shared health routes) through Express. */
async function send(res: Response, response: globalThis.Response) {
  res.status(response.status);
  response.headers.forEach((value, key) => res.setHeader(key, value));
  res.send(Buffer.from(await response.arrayBuffer()));
}

/**
 * Bull Board behind the shared session: only ADMIN gets in; the API under it (retry, clean) is behind the same guard.
 * The options point tests at their own database and Redis prefix; the app uses the process's.
 */
export function createApp(
  logger: TLogger,
  { db, redisUrl, prefix }: { db?: TDb; redisUrl?: string; prefix?: string } = {},
) {
  const queues = QUEUE_NAMES.map((name) => createQueue(name, { url: redisUrl, prefix, logger }));
  const serverAdapter = new ExpressAdapter().setBasePath(BASE_PATH);
  createBullBoard({ queues: queues.map((q) => new BullMQAdapter(q)), serverAdapter });

  const app = express();
  app.disable("x-powered-by");
  const health = createHealthRoutes("bull-board");
  app.get(`${BASE_PATH}/api/health`, async (_req, res) => send(res, await health.health()));
  app.get(`${BASE_PATH}/api/ready`, async (_req, res) => send(res, await health.ready()));
  app.use(BASE_PATH, requirePermission("app:queues", { db }), serverAdapter.getRouter());
  app.use((_req: Request, res: Response) => {
    res.status(404).json({ error: "not_found", message: "No such page.", code: 404, details: {} });
  });
  app.use((error: unknown, _req: Request, res: Response, _next: unknown) => {
    logger.error({ err: error }, "unhandled error in request");
    res
      .status(500)
      .json({ error: "internal_error", message: "Something went wrong on our side.", code: 500, details: {} });
  });
  return { app, close: () => Promise.all(queues.map((q) => q.close())) };
}
