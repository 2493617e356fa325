import { createServer } from "node:http";
import { aiEnv, appEnv, assertEnv, databaseEnv, pushEnv, redisEnv, s3Env, serverEnv } from "@gafus/config";
import { applyTrainingEvent, notifyFromEvent } from "@gafus/core";
import { createLogger } from "@gafus/logger";
import { getDb } from "@gafus/prisma";
import { createInboxBus, createQueue, publishEvents } from "@gafus/queues";
import { getStorage } from "@gafus/storage";
import { startEventsWorker } from "./events-worker";
import { startAiJobs } from "./jobs/ai";
import { startReportsJobs } from "./jobs/reports";
import { startOutboxRelay } from "./outbox-relay";
import { startVideoTranscoding } from "./jobs/video-transcoding";
import { startSchedulers } from "./schedulers";
import { startNotificationJobs } from "./jobs/push-jobs";

assertEnv(appEnv, databaseEnv, redisEnv, s3Env, serverEnv, aiEnv, pushEnv);
const logger = createLogger("worker");
const db = getDb();
const eventsQueue = createQueue("events");
const relay = startOutboxRelay({ db, logger, publish: (events) => publishEvents(eventsQueue, events) });
const inbox = createInboxBus();
const reports = startReportsJobs({ db, storage: getStorage(), logger });
const ai = startAiJobs({ db, logger });
const notificationJobs = startNotificationJobs({ db, logger, inbox });
const eventsWorker = startEventsWorker({
  logger,
  handlers: [
    { name: "achievements", handle: (event) => applyTrainingEvent({ db, event }) },
    {
      name: "in-app notifications",
      handle: async (event) => {
        const users = await notifyFromEvent({ db, event });
        // Live update only; if Redis pub/sub drops it, the inbox shows the row on the next load anyway.
        await Promise.all(users.map((userId) => inbox.publish(userId).catch(() => undefined)));
      },
    },
    reports.eventHandler,
    ai.eventHandler,
    ...notificationJobs.eventHandlers,
  ],
});

const schedulers = startSchedulers({ db, storage: getStorage(), logger });
const videoTranscoding = startVideoTranscoding({ db, storage: getStorage(), logger });

// Health only: the worker serves no other HTTP.
const { PORT, HOST } = serverEnv();
const health = createServer((req, res) => {
  const ok = req.url === "/health" && eventsWorker.isRunning();
  res
    .writeHead(ok ? 200 : 503, { "content-type": "application/json" })
    .end(JSON.stringify({ status: ok ? "ok" : "down", service: "worker" }));
}).listen(PORT, HOST, () => logger.info({ port: PORT }, "worker started"));

let closing = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, async () => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, "shutting down: finishing current jobs");
    health.close();
    await Promise.allSettled([
      relay.stop(),
      eventsWorker.close(),
      schedulers.close(),
      videoTranscoding.close(),
      reports.close(),
      ai.close(),
      notificationJobs.close(),
    ]);
    inbox.close();
    await Promise.allSettled([eventsQueue.close(), db.$disconnect()]);
    process.exit(0);
  });
}
