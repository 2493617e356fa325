import { PermanentSendError, TransientSendError, type TChannel } from "./channels";

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
