import type { Prisma, TDb } from "@gafus/prisma";
import { quietUntil } from "./quiet-hours";

export type TPlannedDelivery = { id: string; channel: "PUSH" | "TELEGRAM"; delayMs: number };

/**
 * Turns notifications into deliveries: one row per channel target (each push subscription, the linked Telegram
 * chat). Muted kinds get none; an opted-out channel gets a SKIPPED row (visible why nothing came). Idempotent:
 * (notification, channel, target) is unique, so running it again adds nothing and returns the rows still PENDING,
 * each with the delay that quiet hours ask for (delayed, never dropped). Takes a transaction client too, so a
 * "sent once" record, its notification and these rows commit together (a crash after the commit leaves PENDING rows
 * the sweeper enqueues, never a notification without deliveries).
 */
export async function fanOutNotifications({
  db,
  notificationIds,
  eventId,
  now = new Date(),
}: {
  db: TDb | Prisma.TransactionClient;
  notificationIds?: string[];
  eventId?: string;
  now?: Date;
}): Promise<TPlannedDelivery[]> {
  if (!notificationIds?.length && !eventId) return [];
  const notifications = await db.notification.findMany({
    where: eventId ? { eventId } : { id: { in: notificationIds } },
    select: {
      id: true,
      kind: true,
      userId: true,
      user: {
        select: {
          timezone: true,
          telegramChatId: true,
          pushSubscriptions: { select: { id: true } },
          notificationSettings: true,
        },
      },
    },
  });
  const planned: TPlannedDelivery[] = [];
  for (const n of notifications) {
    const settings = n.user.notificationSettings;
    if (settings?.mutedKinds.includes(n.kind)) continue;
    const disabled = new Set(settings?.disabledChannels ?? []);
    const targets = [
      ...n.user.pushSubscriptions.map((s) => ({ channel: "PUSH" as const, target: s.id })),
      ...(n.user.telegramChatId ? [{ channel: "TELEGRAM" as const, target: n.user.telegramChatId }] : []),
    ];
    if (targets.length > 0) {
      await db.notificationDelivery.createMany({
        data: targets.map((t) => ({
          notificationId: n.id,
          userId: n.userId,
          channel: t.channel,
          target: t.target,
          status: disabled.has(t.channel) ? ("SKIPPED" as const) : ("PENDING" as const),
          error: disabled.has(t.channel) ? "channel turned off by the user" : null,
        })),
        skipDuplicates: true,
      });
    }
    const pending = await db.notificationDelivery.findMany({
      where: { notificationId: n.id, status: "PENDING" },
      select: { id: true, channel: true },
    });
    const until = settings ? quietUntil(settings, n.user.timezone, now) : null;
    const delayMs = until ? Math.max(0, until.getTime() - now.getTime()) : 0;
    for (const d of pending) {
      if (d.channel === "PUSH" || d.channel === "TELEGRAM") planned.push({ id: d.id, channel: d.channel, delayMs });
    }
  }
  return planned;
}
