import { z } from "zod";

/** Kinds a student may mute (push and Telegram; the in-app inbox keeps everything). */
export const NOTIFICATION_KINDS = [
  "reminder",
  "timer_finished",
  "reengagement",
  "exam_reviewed",
  "badge_awarded",
] as const;
export const OPTIONAL_CHANNELS = ["PUSH", "TELEGRAM"] as const;

const ZClock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be HH:MM (24 h)");

export const ZNotificationSettingsInput = z
  .strictObject({
    disabledChannels: z.array(z.enum(OPTIONAL_CHANNELS)).max(2),
    mutedKinds: z.array(z.enum(NOTIFICATION_KINDS)).max(NOTIFICATION_KINDS.length),
    quietStart: ZClock.nullable(),
    quietEnd: ZClock.nullable(),
  })
  .refine((v) => (v.quietStart === null) === (v.quietEnd === null), {
    message: "quiet hours need both a start and an end",
    path: ["quietEnd"],
  })
  .refine((v) => v.quietStart === null || v.quietStart !== v.quietEnd, {
    message: "quiet hours must not start and end at the same time",
    path: ["quietEnd"],
  });
export type TNotificationSettingsInput = z.infer<typeof ZNotificationSettingsInput>;
export type TNotificationSettings = TNotificationSettingsInput;
