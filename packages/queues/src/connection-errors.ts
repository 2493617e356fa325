import type { EventEmitter } from "node:events";
import { createLogger, type TLogger } from "@gafus/logger";

/** At most one log line per connection in this window; the next line says how many errors it left out. */
export const ERROR_LOG_EVERY_MS = 30_000;

export type TErrorLogOptions = { logger?: TLogger; errorLogEveryMs?: number };

/** ioredis connections, BullMQ queues and workers: each emits `error`; connections and workers also `ready`. */
type TEmitter = { on(event: "error", listener: (error: Error) => void): unknown };

let fallback: TLogger | undefined;
/** For connections made without a logger (the shared producer of a Next app): lines carry service "queues". */
const defaultLogger = () => (fallback ??= createLogger("queues"));

// The last error of each connection since it was last ready, for readiness: a connection that is failing is
// reported at once instead of after the readiness timeout.
const troubles = new WeakMap<object, { message: string; since: number }>();

/**
 * Logs a connection's `error` events, rate-limited: a Redis that is down makes ioredis emit one error per reconnect
 * attempt (several a second), which would drown the log. An `error` listener must exist anyway, or Node would crash
 * the process on the first one. When the connection is back, one line says so with the count left out.
 */
export function watchConnectionErrors(
  connection: TEmitter,
  name: string,
  { logger = defaultLogger(), errorLogEveryMs = ERROR_LOG_EVERY_MS }: TErrorLogOptions = {},
): void {
  let loggedAt = -Infinity;
  let suppressed = 0;
  let sinceReady = 0;
  connection.on("error", (error: Error) => {
    sinceReady += 1;
    if (!troubles.has(connection)) troubles.set(connection, { message: error.message, since: Date.now() });
    else troubles.get(connection)!.message = error.message;
    const now = Date.now();
    if (now - loggedAt < errorLogEveryMs) {
      suppressed += 1;
      return;
    }
    logger.warn({ err: error, connection: name, suppressed }, "redis connection error");
    loggedAt = now;
    suppressed = 0;
  });
  // BullMQ types `on` per class (a Queue declares no "ready"); all of them are EventEmitters underneath.
  (connection as unknown as EventEmitter).on("ready", () => {
    troubles.delete(connection);
    if (sinceReady > 0) logger.info({ connection: name, errors: sinceReady }, "redis connection back");
    sinceReady = 0;
    suppressed = 0;
    loggedAt = -Infinity;
  });
}

/** The error a connection is in since it was last ready, or null when it has had none. */
export function connectionTrouble(connection: object): string | null {
  return troubles.get(connection)?.message ?? null;
}
