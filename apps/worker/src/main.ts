import { createServer } from "node:http";
import {
  aiEnv,
  appEnv,
  assertEnv,
  databaseEnv,
  pushEnv,
  queueEnv,
  redisEnv,
  s3Env,
  serverEnv,
  workerEnv,
} from "@gafus/config";
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

assertEnv(appEnv, databaseEnv, redisEnv, s3Env, serverEnv, aiEnv, pushEnv, queueEnv, workerEnv);
const logger = createLogger("worker");
const db = getDb();
const eventsQueue = createQueue("events", { logger });
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

/**
 * SIGTERM: stop taking work, let in-flight jobs finish, then let go of connections, in dependency order. The
 * relay stops first (no new events), then the events worker (its handlers enqueue into the other queues), then
 * every other worker with its queues and job-scheduler loops (BullMQ's worker.close() waits for running jobs),
 * then the remaining Redis connections, the database last. Past WORKER_SHUTDOWN_TIMEOUT_MS, or if anything fails
 * to close, the exit code is 1, so the supervisor knows the stop was not clean (unfinished jobs are taken over by
 * another worker when their lock expires; nothing is lost, but it should be visible).
 */
async function shutdown(signal: NodeJS.Signals) {
  const timeoutMs = workerEnv().WORKER_SHUTDOWN_TIMEOUT_MS;
  logger.info({ signal, timeoutMs }, "shutting down: finishing current jobs");
  const deadline = setTimeout(() => {
    logger.error({ timeoutMs }, "shutdown deadline passed with jobs still running; exiting 1");
    process.exit(1);
  }, timeoutMs);
  let isClean = true;
  const stage = async (name: string, closes: (() => Promise<unknown> | void)[]) => {
    const results = await Promise.allSettled(closes.map(async (close) => close()));
    for (const result of results) {
      if (result.status === "fulfilled") continue;
      isClean = false;
      logger.error({ err: result.reason, stage: name }, "could not close cleanly");
    }
  };
  await stage("intake", [() => void health.close(), () => relay.stop()]);
  await stage("events worker", [() => eventsWorker.close()]);
  await stage("workers", [
    () => schedulers.close(),
    () => videoTranscoding.close(),
    () => reports.close(),
    () => ai.close(),
    () => notificationJobs.close(),
  ]);
  await stage("redis", [() => eventsQueue.close(), () => inbox.close()]);
  await stage("database", [() => db.$disconnect()]);
  clearTimeout(deadline);
  logger.info({ isClean }, "worker stopped");
  process.exit(isClean ? 0 : 1);
}

let closing = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    void shutdown(signal);
  });
}
