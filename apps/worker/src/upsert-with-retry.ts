import type { TLogger } from "@gafus/logger";

/** Redis may be down when the worker starts: register schedulers in the background instead of crash-looping. */
export function upsertWithRetry(logger: TLogger, register: () => Promise<unknown>) {
  let stopped = false;
  void (async () => {
    for (let attempt = 1; !stopped; attempt++) {
      try {
        await register();
        return;
      } catch (error) {
        logger.warn({ err: error, attempt }, "could not register a job scheduler yet; retrying");
        await new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 1000 * 2 ** attempt)));
      }
    }
  })();
  return { stop: () => void (stopped = true) };
}
