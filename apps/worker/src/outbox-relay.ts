import { databaseEnv } from "@gafus/config";
import { OUTBOX_CHANNEL, relayOutboxBatch, type TPublish } from "@gafus/core";
import type { TLogger } from "@gafus/logger";
import type { TDb } from "@gafus/prisma";
import pg from "pg";

const POLL_MS = 1000;
const MAX_BACKOFF_MS = 5_000;
const LISTEN_MAX_BACKOFF_MS = 30_000;
/** Lets an operator (and the tests) find the listener's backend in pg_stat_activity. */
export const OUTBOX_LISTENER_NAME = "gafus-outbox-listener";

/**
 * Drains the outbox whenever PostgreSQL notifies a commit (LISTEN), and every second anyway in case a
 * notification was missed. While publishing fails (Redis down) it backs off exponentially; rows stay unsent.
 * A lost LISTEN connection is opened again with backoff (a new client; polling goes on meanwhile).
 */
export function startOutboxRelay({
  db,
  publish,
  logger,
  databaseUrl = databaseEnv().DATABASE_URL,
  pollMs = POLL_MS,
  relayBatch = relayOutboxBatch,
}: {
  db: TDb;
  publish: TPublish;
  logger: TLogger;
  databaseUrl?: string;
  pollMs?: number;
  /** The batch step; tests wrap it to look inside a running batch. */
  relayBatch?: typeof relayOutboxBatch;
}) {
  let stopped = false;
  let wake: (() => void) | null = null;
  // A NOTIFY that lands while a batch runs (no one sleeping to wake) is remembered, so the loop goes round again
  // at once instead of waiting for the next poll: the batch may have read the table before that commit.
  let isNudged = false;
  let failures = 0;
  let listener: pg.Client | null = null;
  let reconnectTimer: NodeJS.Timeout | null = null;

  const nudge = () => {
    isNudged = true;
    wake?.();
  };
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

  function scheduleListen(attempt: number) {
    if (stopped || reconnectTimer) return;
    const delay = Math.min(LISTEN_MAX_BACKOFF_MS, 250 * 2 ** attempt);
    reconnectTimer = setTimeout(() => {
      reconnectTimer = null;
      void listen(attempt + 1);
    }, delay);
  }

  async function listen(attempt = 0) {
    if (stopped) return;
    const client = new pg.Client({ connectionString: databaseUrl, application_name: OUTBOX_LISTENER_NAME });
    listener = client;
    let isLost = false;
    const lost = (error?: Error) => {
      if (isLost) return;
      isLost = true;
      void client.end().catch(() => {});
      if (stopped) return;
      logger.warn({ err: error, attempt }, "outbox listener lost; polling until it is back");
      scheduleListen(attempt);
    };
    client.on("error", lost);
    client.on("end", () => lost());
    client.on("notification", nudge);
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      if (attempt > 0) logger.info({ attempt }, "outbox listener back");
      attempt = 0;
      // A commit between losing the old connection and this LISTEN sent its NOTIFY to no one.
      nudge();
    } catch (error) {
      lost(error as Error);
    }
  }

  const done = (async () => {
    await listen();
    while (!stopped) {
      isNudged = false;
      try {
        const moved = await relayBatch({ db, publish, logger });
        if (failures) logger.info({ after: failures }, "outbox relay recovered");
        failures = 0;
        if (moved > 0 || isNudged) continue; // more may be waiting
        await sleep(pollMs, { wakeable: true });
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
      if (reconnectTimer) clearTimeout(reconnectTimer);
      nudge();
      await done;
      await listener?.end().catch(() => {});
    },
  };
}
