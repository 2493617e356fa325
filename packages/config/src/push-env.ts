import { z } from "zod";

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/**
 * Push delivery (Web Push with VAPID, Telegram) and the notification queues. Without VAPID keys Web Push is off
 * (subscriptions are refused with a clear message); without a bot token the Telegram channel is off.
 * `npm start`/`npm test` generate a VAPID key pair once into `.data/vapid.env`.
 */
export const ZPushEnv = z.object({
  VAPID_PUBLIC_KEY: z.string().min(20).optional(),
  VAPID_PRIVATE_KEY: z.string().min(20).optional(),
  VAPID_SUBJECT: z
    .string()
    .regex(/^(mailto:|https:\/\/)/, "must start with mailto: or https://")
    .default("mailto:admin@gafus.local"),
  TELEGRAM_BOT_TOKEN: z.string().min(5).optional(),
  TELEGRAM_API_ROOT: z.url().default("https://api.telegram.org"),
  /** A delivery left in SENDING longer than this (its worker died mid-send) is sent again. */
  PUSH_SENDING_LEASE_MS: positiveInt(5 * 60_000),
  /** How often the sweeper re-enqueues deliveries whose job was lost (Redis restored from an old snapshot, …). */
  PUSH_SWEEP_EVERY_MS: positiveInt(60_000),
  /** A PENDING delivery this old is checked by the sweeper (its job may never have been enqueued: crash, Redis down). */
  PUSH_RESUME_AFTER_MS: positiveInt(60_000),
  PUSH_WEB_PER_SECOND: positiveInt(200),
  PUSH_TELEGRAM_PER_SECOND: positiveInt(25),
  /** BullMQ job lock: a job of a killed worker is taken over after this long. */
  JOB_LOCK_MS: positiveInt(30_000),
  REMINDER_SCAN_EVERY_MS: positiveInt(60_000),
  /** Re-engagement scan (cron, in REENGAGEMENT_TZ): hourly, each student nudged once a day in their daytime. */
  REENGAGEMENT_CRON: z.string().min(9).default("5 * * * *"),
  /** Local hours [from, to) in which a student may be nudged, e.g. "10-21". */
  REENGAGEMENT_LOCAL_HOURS: z
    .string()
    .regex(/^\d{1,2}-\d{1,2}$/, "must be FROM-TO hours, e.g. 10-21")
    .default("10-21")
    .transform((v) => v.split("-").map(Number) as [number, number])
    .refine(([from, to]) => from >= 0 && to <= 24 && from < to, "must satisfy 0 <= FROM < TO <= 24"),
  REENGAGEMENT_TZ: z.string().default("Europe/Moscow"),
});
export type TPushEnv = z.infer<typeof ZPushEnv>;
