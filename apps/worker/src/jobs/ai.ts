import { aiEnv, queueEnv, type TQueueEnv } from "@gafus/config";
import {
  AI_REQUESTED,
  AiRateLimitedError,
  AppError,
  createAiClient,
  refreshAllRecommendations,
  refreshRecommendations,
  runAiRequest,
} from "@gafus/core";
import type { TLogger } from "@gafus/logger";
import type { TDb } from "@gafus/prisma";
import {
  createJobWorker,
  createQueue,
  enqueueAiDraft,
  enqueueRecommendation,
  rateLimitedError,
  upsertSchedule,
} from "@gafus/queues";
import { UnrecoverableError } from "bullmq";
import type { TEventHandler } from "../events-worker";
import { upsertWithRetry } from "../upsert-with-retry";

/**
 * The `ai` queue: recommendation refreshes (per student on events, everyone daily through a BullMQ job scheduler)
 * and drafts from the configured OpenAI-compatible endpoint. Job ids derive from event ids, so redelivery adds
 * nothing; every job is idempotent.
 */
export function startAiJobs({
  db,
  logger,
  redisUrl,
  prefix,
  ai = aiEnv(),
  schedules = queueEnv(),
  fetchImpl,
}: {
  db: TDb;
  logger: TLogger;
  redisUrl?: string;
  prefix?: string;
  ai?: ReturnType<typeof aiEnv>;
  schedules?: TQueueEnv;
  fetchImpl?: typeof fetch;
}) {
  const connection = { url: redisUrl, prefix, logger };
  const queue = createQueue("ai", connection);
  const client = createAiClient(
    { baseUrl: ai.AI_BASE_URL, apiKey: ai.AI_API_KEY, model: ai.AI_MODEL, timeoutMs: ai.AI_TIMEOUT_MS },
    fetchImpl,
  );
  const eventHandler: TEventHandler = {
    name: "ai",
    handle: async (event) => {
      // After a new course or a finished one, the student's recommendations change.
      if (event.eventType === "training.course.enrolled.v1" || event.eventType === "training.course.completed.v1") {
        await enqueueRecommendation(queue, { userId: event.data.userId }, event);
      } else if (event.eventType === AI_REQUESTED) {
        await enqueueAiDraft(queue, { requestId: event.data.requestId }, event);
      }
    },
  };
  const scheduling = upsertWithRetry(logger, () =>
    upsertSchedule(queue, {
      id: "recommendations-daily",
      repeat: { pattern: schedules.RECOMMENDATIONS_CRON, tz: schedules.RECOMMENDATIONS_TZ },
      jobName: "recommend-all",
    }),
  );
  const worker = createJobWorker(
    "ai",
    async (job) => {
      if (job.name === "recommend") {
        return { count: (await refreshRecommendations({ db, userId: job.data.userId })).length };
      }
      if (job.name === "recommend-all") {
        return refreshAllRecommendations({ db, onProgress: (done) => job.updateProgress(done) });
      }
      const isLastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      try {
        return await runAiRequest({
          db,
          client,
          requestId: job.data.requestId,
          isLastAttempt,
          rateLimitGiveUpMs: ai.AI_RATE_LIMIT_GIVE_UP_MS,
        });
      } catch (error) {
        // The provider's 429: pause the queue for its Retry-After, in every worker process (the limiter below
        // makes BullMQ honour the pause), and put the job back without spending an attempt. Recommendation jobs
        // wait too; they are not urgent.
        if (error instanceof AiRateLimitedError) {
          logger.warn({ retryAfterMs: error.retryAfterMs }, "the AI service is rate limiting; pausing the ai queue");
          await queue.rateLimit(error.retryAfterMs);
          throw rateLimitedError();
        }
        if (error instanceof AppError && error.error !== "ai_failed") throw new UnrecoverableError(error.message);
        throw error;
      }
    },
    { ...connection, concurrency: 2, limiter: { max: ai.AI_JOBS_PER_MINUTE, duration: 60_000 } },
  );
  return {
    eventHandler,
    worker,
    queue,
    async close() {
      scheduling.stop();
      await worker.close();
      await queue.close();
    },
  };
}
