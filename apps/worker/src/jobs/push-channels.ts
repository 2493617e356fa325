import { pushEnv } from "@gafus/config";
import { createTelegramChannel, createWebPushChannel, type TChannels } from "@gafus/core";

/** The channels this deployment can send through: Web Push with VAPID keys, Telegram with a bot token. */
export function channelsFromEnv(): TChannels {
  const env = pushEnv();
  return {
    ...(env.VAPID_PUBLIC_KEY && env.VAPID_PRIVATE_KEY
      ? {
          PUSH: createWebPushChannel({
            publicKey: env.VAPID_PUBLIC_KEY,
            privateKey: env.VAPID_PRIVATE_KEY,
            subject: env.VAPID_SUBJECT,
          }),
        }
      : {}),
    ...(env.TELEGRAM_BOT_TOKEN
      ? { TELEGRAM: createTelegramChannel({ token: env.TELEGRAM_BOT_TOKEN, apiRoot: env.TELEGRAM_API_ROOT }) }
      : {}),
  };
}
