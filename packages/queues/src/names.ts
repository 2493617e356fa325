/** Every BullMQ queue of the platform (see DESIGN.md "Queues"). Apps never name a queue by hand. */
export const QUEUE_NAMES = [
  "events",
  "push",
  // Telegram deliveries: a queue of their own so the Bot API rate limit does not slow Web Push down.
  "push-telegram",
  "reengagement",
  "reminders",
  "video-transcoding",
  "exam-cleanup",
  "reports",
  "ai",
] as const;

export type TQueueName = (typeof QUEUE_NAMES)[number];
