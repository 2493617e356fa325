import type { TDb } from "@gafus/prisma";
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

const toMinutes = (clock: string | null) =>
  clock === null ? null : Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
const toClock = (minutes: number | null) =>
  minutes === null
    ? null
    : `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/** The caller's settings; a student who never saved any gets everything on and no quiet hours. */
export async function getNotificationSettings({
  db,
  userId,
}: {
  db: TDb;
  userId: string;
}): Promise<TNotificationSettings> {
  const row = await db.notificationSettings.findUnique({ where: { userId } });
  return {
    disabledChannels: (row?.disabledChannels ?? []).filter(
      (c): c is "PUSH" | "TELEGRAM" => c === "PUSH" || c === "TELEGRAM",
    ),
    mutedKinds: (row?.mutedKinds ?? []).filter((k): k is (typeof NOTIFICATION_KINDS)[number] =>
      (NOTIFICATION_KINDS as readonly string[]).includes(k),
    ),
    quietStart: toClock(row?.quietStart ?? null),
    quietEnd: toClock(row?.quietEnd ?? null),
  };
}

export async function updateNotificationSettings({
  db,
  userId,
  input,
}: {
  db: TDb;
  userId: string;
  input: TNotificationSettingsInput;
}): Promise<TNotificationSettings> {
  const data = {
    disabledChannels: [...new Set(input.disabledChannels)],
    mutedKinds: [...new Set(input.mutedKinds)],
    quietStart: toMinutes(input.quietStart),
    quietEnd: toMinutes(input.quietEnd),
  };
  await db.notificationSettings.upsert({ where: { userId }, create: { userId, ...data }, update: data });
  return getNotificationSettings({ db, userId });
}
