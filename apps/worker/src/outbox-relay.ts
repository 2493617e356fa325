import { databaseEnv } from "@gafus/config";
import { OUTBOX_CHANNEL, relayOutboxBatch, type TPublish } from "@gafus/core";
import type { TLogger } from "@gafus/logger";
import type { TDb } from "@gafus/prisma";
import pg from "pg";

const POLL_MS = 1000;
const MAX_BACKOFF_MS = 5_000;

/**
 * Drains the outbox whenever PostgreSQL notifies a commit (LISTEN), and every second anyway in case a
 * notification was missed. While publishing fails (Redis down) it backs off exponentially; rows stay unsent.
 */
export function startOutboxRelay({
  db,
  publish,
  logger,
  databaseUrl = databaseEnv().DATABASE_URL,
}: {
  db: TDb;
  publish: TPublish;
  logger: TLogger;
  databaseUrl?: string;
}) {
  let stopped = false;
  let wake: (() => void) | null = null;
  let failures = 0;
  const listener = new pg.Client({ connectionString: databaseUrl });

  const nudge = () => wake?.();
  // Idle waits end early on a NOTIFY; failure backoffs do not (unless stopping), or every commit would retry a
  // Redis that is down.
  const sleep = (ms: number, { wakeable }: { wakeable: boolean }) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => ((wake = null), resolve()), ms);
      wake = () => {
        if (!wakeable && !stopped) return;
        clearTimeout(timer);
        wake = null;
        resolve();
      };
    });

  async function connectListener() {
    try {
      await listener.connect();
      await listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
      listener.on("notification", nudge);
      listener.on("error", (error) => logger.warn({ err: error }, "outbox listener lost; polling only"));
    } catch (error) {
      logger.warn({ err: error }, "outbox listener unavailable; polling only");
    }
  }

  const done = (async () => {
    await connectListener();
    while (!stopped) {
      try {
        const moved = await relayOutboxBatch({ db, publish });
        if (failures) logger.info({ after: failures }, "outbox relay recovered");
        failures = 0;
        if (moved > 0) continue; // more may be waiting
        await sleep(POLL_MS, { wakeable: true });
      } catch (error) {
        failures += 1;
        const delay = Math.min(MAX_BACKOFF_MS, 100 * 2 ** failures);
        logger.warn({ err: error, failures, retryInMs: delay }, "outbox relay could not publish; will retry");
        await sleep(delay, { wakeable: false });
      }
    }
  })();

  return {
    nudge,
    async stop() {
      stopped = true;
      nudge();
      await done;
      await listener.end().catch(() => {});
    },
  };
}
