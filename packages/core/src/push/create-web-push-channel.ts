import type { Agent } from "node:https";
import webpush from "web-push";
import { topicFor, TransientSendError, type TChannel, type TWebPushAddress } from "./channels";

/**
 * Web Push with VAPID through the `web-push` library. The Topic header carries the delivery id, so a push service
 * replaces (not repeats) a message sent again after a crash, and the service worker uses it as the notification tag.
 */
export function createWebPushChannel({
  publicKey,
  privateKey,
  subject,
  agent,
}: {
  publicKey: string;
  privateKey: string;
  subject: string;
  agent?: Agent;
}): TChannel<TWebPushAddress> {
  return {
    async send({ deliveryId, address, message }) {
      const payload = JSON.stringify({ ...message, tag: deliveryId });
      try {
        await webpush.sendNotification(
          { endpoint: address.endpoint, keys: { p256dh: address.p256dh, auth: address.auth } },
          payload,
          {
            vapidDetails: { subject, publicKey, privateKey },
            TTL: 24 * 3600,
            topic: topicFor(deliveryId),
            urgency: "normal",
            timeout: 10_000,
            ...(agent ? { agent } : {}),
          },
        );
        return "sent";
      } catch (error) {
        const status = (error as { statusCode?: number }).statusCode;
        if (status === 404 || status === 410) return "gone";
        if (status === 429) {
          const retryAfter = Number((error as { headers?: Record<string, string> }).headers?.["retry-after"]);
          throw new TransientSendError(
            "push service rate limit",
            Number.isFinite(retryAfter) ? retryAfter * 1000 : undefined,
          );
        }
        throw new TransientSendError(`web push failed${status ? ` (${status})` : ""}: ${(error as Error).message}`);
      }
    },
  };
}
