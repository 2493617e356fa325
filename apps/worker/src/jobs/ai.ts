import { aiEnv, redisEnv } from "@gafus/config";
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
import { createQueue } from "@gafus/queues";
import { UnrecoverableError, Worker } from "bullmq";
import { z } from "zod";
import type { TEventHandler } from "../events-worker";
import { upsertWithRetry } from "../upsert-with-retry";

/** Events after which a student's recommendations change: a new course, a finished one. */
const REFRESH_ON = new Set(["training.course.enrolled.v1", "training.course.completed.v1"]);
const ZUserEvent = z.object({ userId: z.uuid() });
const ZDraftJob = z.object({ requestId: z.uuid() });

/**
 * The `ai` queue: recommendation refreshes (per student on events, everyone daily through a BullMQ job scheduler)
 * and drafts from the configured OpenAI-compatible endpoint. Job ids derive from event ids, so redelivery adds
 * nothing; every job is idempotent.
 */
export function startAiJobs({
  db,
  logger,
  redisUrl = redisEnv().REDIS_URL,
  prefix = `${redisEnv().REDIS_KEY_PREFIX}bull`,
  ai = aiEnv(),
  fetchImpl,
}: {
  db: TDb;
  logger: TLogger;
  redisUrl?: string;
  prefix?: string;
  ai?: ReturnType<typeof aiEnv>;
  fetchImpl?: typeof fetch;
}) {
  const queue = createQueue("ai", { url: redisUrl, prefix });
  const client = createAiClient(
    { baseUrl: ai.AI_BASE_URL, apiKey: ai.AI_API_KEY, model: ai.AI_MODEL, timeoutMs: ai.AI_TIMEOUT_MS },
    fetchImpl,
  );
  const eventHandler: TEventHandler = {
    name: "ai",
    handle: async (event) => {
      if (REFRESH_ON.has(event.eventType)) {
        const { userId } = ZUserEvent.parse(event.data);
        await queue.add("recommend", { userId }, { jobId: `recommend-${event.eventId}` });
      } else if (event.eventType === AI_REQUESTED) {
        const { requestId } = ZDraftJob.parse(event.data);
        await queue.add("draft", { requestId }, { jobId: `draft-${event.eventId}`, attempts: 2 });
      }
    },
  };
  const scheduling = upsertWithRetry(logger, () =>
    queue.upsertJobScheduler(
      "recommendations-daily",
      { pattern: "15 4 * * *", tz: "Europe/Moscow" },
      { name: "recommend-all" },
    ),
  );
  const worker = new Worker(
    "ai",
    async (job) => {
      if (job.name === "recommend") {
        const { userId } = ZUserEvent.parse(job.data);
        return { count: (await refreshRecommendations({ db, userId })).length };
      }
      if (job.name === "recommend-all") {
        return refreshAllRecommendations({ db, onProgress: (done) => job.updateProgress(done) });
      }
      const { requestId } = ZDraftJob.parse(job.data);
      const isLastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      try {
        return await runAiRequest({
          db,
          client,
          requestId,
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
          throw Worker.RateLimitError();
        }
        if (error instanceof AppError && error.error !== "ai_failed") throw new UnrecoverableError(error.message);
        throw error;
      }
    },
    {
      connection: { url: redisUrl, maxRetriesPerRequest: null },
      prefix,
      concurrency: 2,
      limiter: { max: ai.AI_JOBS_PER_MINUTE, duration: 60_000 },
    },
  );
  worker.on("failed", (job, error) => logger.error({ err: error, jobId: job?.id, name: job?.name }, "ai job failed"));
  worker.on("error", (error) => logger.warn({ err: error }, "ai worker connection problem"));
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
