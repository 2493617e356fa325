import type { TDb } from "@gafus/prisma";
import { NOTIFICATION_KINDS, type TNotificationSettings } from "./notification-settings-schemas";

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
