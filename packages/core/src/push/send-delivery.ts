import type { TDb } from "@gafus/prisma";
import { PermanentSendError, type TChannels, type TSendOutcome } from "./channels";
import { renderPushMessage } from "./push-messages";
import { quietUntil } from "./quiet-hours";

export type TDeliveryResult =
  | { outcome: "sent" | "gone" | "failed" | "skipped" | "done" }
  | { outcome: "later"; until: Date; reason: "quiet" | "busy" };

/**
 * Sends one delivery at most once per claim. The row moves PENDING → SENDING in its own committed update before
 * anything leaves the process, and to SENT/FAILED after, so a redelivered or restarted job never sends a SENT row
 * again. A row left in SENDING by a worker that died mid-send is taken again once its lease (`leaseMs`) runs out:
 * we cannot know whether the provider got it, and a lost reminder is worse than a repeat — the repeat carries the
 * same Web Push Topic and notification tag, so a push service and the browser replace rather than add it.
 * Settings are checked again here: an opt-out, a muted kind or quiet hours set after the fan-out still apply.
 * A target that is gone is removed (a Web Push subscription deleted, a Telegram chat unlinked from the user), so
 * later notifications do not try it again; deliveries already planned for it are skipped.
 */
export async function sendDelivery({
  db,
  deliveryId,
  channels,
  leaseMs,
  now = new Date(),
}: {
  db: TDb;
  deliveryId: string;
  channels: TChannels;
  leaseMs: number;
  now?: Date;
}): Promise<TDeliveryResult> {
  const delivery = await db.notificationDelivery.findUnique({
    where: { id: deliveryId },
    select: {
      status: true,
      userId: true,
      channel: true,
      target: true,
      claimedAt: true,
      notification: { select: { kind: true, data: true } },
      user: { select: { locale: true, timezone: true, telegramChatId: true, notificationSettings: true } },
    },
  });
  if (!delivery || !["PENDING", "SENDING"].includes(delivery.status)) return { outcome: "done" };
  const settings = delivery.user.notificationSettings;
  const skip = async (why: string) => {
    await db.notificationDelivery.updateMany({
      where: { id: deliveryId, status: { in: ["PENDING", "SENDING"] } },
      data: { status: "SKIPPED", error: why },
    });
    return { outcome: "skipped" } as const;
  };
  if (settings?.mutedKinds.includes(delivery.notification.kind)) return skip("kind muted by the user");
  if (settings?.disabledChannels.includes(delivery.channel)) return skip("channel turned off by the user");
  if (delivery.channel === "TELEGRAM" && delivery.user.telegramChatId !== delivery.target) {
    return skip("telegram chat no longer linked");
  }
  const quiet = settings ? quietUntil(settings, delivery.user.timezone, now) : null;
  if (quiet) return { outcome: "later", until: quiet, reason: "quiet" };

  const claimed = await db.notificationDelivery.updateMany({
    where: {
      id: deliveryId,
      OR: [{ status: "PENDING" }, { status: "SENDING", claimedAt: { lt: new Date(now.getTime() - leaseMs) } }],
    },
    data: { status: "SENDING", claimedAt: now, attempts: { increment: 1 } },
  });
  if (claimed.count === 0) {
    const current = await db.notificationDelivery.findUnique({
      where: { id: deliveryId },
      select: { status: true, claimedAt: true },
    });
    if (current?.status === "SENDING" && current.claimedAt) {
      return { outcome: "later", until: new Date(current.claimedAt.getTime() + leaseMs + 50), reason: "busy" };
    }
    return { outcome: "done" };
  }

  const message = renderPushMessage(
    delivery.notification.kind,
    (delivery.notification.data ?? {}) as Record<string, unknown>,
    delivery.user.locale,
  );
  let outcome: TSendOutcome;
  try {
    if (delivery.channel === "PUSH") {
      const subscription = await db.pushSubscription.findUnique({ where: { id: delivery.target } });
      if (!subscription) return skip("subscription removed");
      if (!channels.PUSH) return skip("web push is not configured");
      outcome = await channels.PUSH.send({ deliveryId, address: subscription, message });
    } else if (delivery.channel === "TELEGRAM") {
      if (!channels.TELEGRAM) return skip("telegram is not configured");
      outcome = await channels.TELEGRAM.send({ deliveryId, address: { chatId: delivery.target }, message });
    } else {
      return skip(`no sender for ${delivery.channel}`);
    }
  } catch (error) {
    if (error instanceof PermanentSendError) {
      await db.notificationDelivery.updateMany({
        where: { id: deliveryId, status: "SENDING", claimedAt: now },
        data: { status: "FAILED", error: error.message.slice(0, 500) },
      });
      return { outcome: "failed" };
    }
    // Nothing was accepted: hand the row back so the retry (or another worker) can claim it at once.
    await db.notificationDelivery.updateMany({
      where: { id: deliveryId, status: "SENDING", claimedAt: now },
      data: { status: "PENDING", error: (error as Error).message.slice(0, 500) },
    });
    if (delivery.channel === "PUSH") {
      await db.pushSubscription.updateMany({ where: { id: delivery.target }, data: { failures: { increment: 1 } } });
    }
    throw error;
  }

  if (outcome === "gone") {
    await db.$transaction([
      db.notificationDelivery.update({
        where: { id: deliveryId },
        data: { status: "FAILED", error: "target gone (subscription expired or chat blocked the bot)" },
      }),
      ...(delivery.channel === "PUSH" ? [db.pushSubscription.deleteMany({ where: { id: delivery.target } })] : []),
      // Only if the user still has this chat: they may have linked another one since.
      ...(delivery.channel === "TELEGRAM"
        ? [
            db.user.updateMany({
              where: { id: delivery.userId, telegramChatId: delivery.target },
              data: { telegramChatId: null },
            }),
          ]
        : []),
    ]);
    return { outcome: "gone" };
  }
  await db.notificationDelivery.update({
    where: { id: deliveryId },
    data: { status: "SENT", sentAt: new Date(), error: null },
  });
  if (delivery.channel === "PUSH") {
    await db.pushSubscription.updateMany({
      where: { id: delivery.target },
      data: { lastSuccessAt: new Date(), failures: 0 },
    });
  }
  return { outcome: "sent" };
}
