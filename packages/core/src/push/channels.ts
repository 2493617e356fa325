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
