import type { TDb } from "@gafus/prisma";
import { getNotificationSettings } from "./get-notification-settings";
import type { TNotificationSettings, TNotificationSettingsInput } from "./notification-settings-schemas";

const toMinutes = (clock: string | null) =>
  clock === null ? null : Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/** Saves the caller's channels, muted kinds and quiet hours (in minutes after midnight) and returns them. */
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
