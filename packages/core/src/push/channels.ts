import type { Agent } from "node:https";
import webpush from "web-push";
import type { TPushMessage } from "./push-messages";

export type TWebPushAddress = { endpoint: string; p256dh: string; auth: string };
export type TSendInput<TAddress> = { deliveryId: string; address: TAddress; message: TPushMessage };
/** "gone": the target no longer exists (push subscription expired, bot blocked) and must not be tried again. */
export type TSendOutcome = "sent" | "gone";

/** One delivery channel. Throwing means "try again later" (network, 5xx, 429); the job retries with backoff. */
export type TChannel<TAddress> = { send: (input: TSendInput<TAddress>) => Promise<TSendOutcome> };

export type TChannels = {
  PUSH?: TChannel<TWebPushAddress>;
  TELEGRAM?: TChannel<{ chatId: string }>;
};

/** Thrown for a refusal worth retrying; `retryAfterMs` comes from the provider when it says (429). */
export class TransientSendError extends Error {
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = "TransientSendError";
  }
}

/**
 * Thrown for a refusal no retry can fix that says nothing about the target (a Telegram 400 about the message): the
 * delivery fails at once, and the target stays linked.
 */
export class PermanentSendError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PermanentSendError";
  }
}

/** RFC 8030 topics are at most 32 URL-safe characters: a delivery id without dashes fits exactly. */
export const topicFor = (deliveryId: string) => deliveryId.replaceAll("-", "");

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

/** Telegram through the Bot API's sendMessage; `apiRoot` points tests at a local fake speaking the same API. */
export function createTelegramChannel({
  token,
  apiRoot,
}: {
  token: string;
  apiRoot: string;
}): TChannel<{ chatId: string }> {
  return {
    async send({ address, message }) {
      const response = await fetch(`${apiRoot.replace(/\/$/, "")}/bot${token}/sendMessage`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          chat_id: address.chatId,
          text: `${message.title}\n${message.body}`,
          link_preview_options: { is_disabled: true },
        }),
        signal: AbortSignal.timeout(10_000),
      }).catch((error: Error) => {
        throw new TransientSendError(`telegram unreachable: ${error.message}`);
      });
      const body = (await response.json().catch(() => ({}))) as {
        ok?: boolean;
        description?: string;
        parameters?: { retry_after?: number };
      };
      if (response.ok && body.ok) return "sent";
      // 403: the user blocked the bot or was deactivated; 400 "chat not found": the chat is gone. Any other 400
      // is about this message (text too long, bad entities): it fails, but the chat stays linked.
      if (response.status === 403) return "gone";
      if (response.status === 400) {
        if (/chat not found/i.test(body.description ?? "")) return "gone";
        throw new PermanentSendError(`telegram 400: ${body.description ?? "bad request"}`);
      }
      const retryAfter = body.parameters?.retry_after;
      throw new TransientSendError(`telegram ${response.status}`, retryAfter ? retryAfter * 1000 : undefined);
    },
  };
}
