import { z } from "zod";
import { lazyEnv, loadEnv } from "./load-env";

// Five fields (minute hour day month weekday) or six (with seconds first), as BullMQ's cron parser reads them.
const CRON = /^\s*[\d*?/,LW#A-Za-z-]+(\s+[\d*?/,LW#A-Za-z-]+){4,5}\s*$/;

const cron = (fallback: string) => z.string().regex(CRON, "must be a cron pattern, e.g. 30 3 * * *").default(fallback);

const timeZone = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, "must be an IANA time zone, e.g. Europe/Moscow");

/**
 * When the worker's daily job schedulers run, each in its own time zone (BullMQ job schedulers: one job per tick
 * however many workers run). The defaults are the platform's first market's quiet night hours. The re-engagement
 * scan and the reminder and push sweeps are in push-env.ts with the rest of their settings.
 */
export const ZQueueEnv = z.object({
  /** Deleting exam videos past retention. */
  EXAM_CLEANUP_CRON: cron("30 3 * * *"),
  EXAM_CLEANUP_TZ: timeZone("Europe/Moscow"),
  /** Recomputing every student's "Recommended for you". */
  RECOMMENDATIONS_CRON: cron("15 4 * * *"),
  RECOMMENDATIONS_TZ: timeZone("Europe/Moscow"),
});
export type TQueueEnv = z.infer<typeof ZQueueEnv>;

export const queueEnv = lazyEnv((source) => loadEnv(ZQueueEnv, source));
