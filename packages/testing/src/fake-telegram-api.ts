import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export type TTelegramMessage = { chatId: string; text: string };

/**
 * A local Telegram Bot API for the methods we call (sendMessage), answering in the real API's JSON shape. Chats
 * marked blocked get the 403 a user who blocked the bot causes; forgotten chats the 400 "chat not found"; a chat
 * given a `reject` description gets that 400 (a bad request about the message, not the chat).
 */
export async function startFakeTelegramApi({ token }: { token: string }) {
  const messages: TTelegramMessage[] = [];
  const blocked = new Set<string>();
  const forgotten = new Set<string>();
  const rejected = new Map<string, string>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const send = (status: number, body: unknown) =>
        res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
      if (req.url !== `/bot${token}/sendMessage`) {
        return send(404, { ok: false, error_code: 404, description: "Not Found" });
      }
      const body = JSON.parse(Buffer.concat(chunks).toString() || "{}") as { chat_id?: string | number; text?: string };
      const chatId = String(body.chat_id ?? "");
      if (!chatId || !body.text)
        return send(400, { ok: false, error_code: 400, description: "Bad Request: chat not found" });
      if (blocked.has(chatId)) {
        return send(403, { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" });
      }
      if (forgotten.has(chatId)) {
        return send(400, { ok: false, error_code: 400, description: "Bad Request: chat not found" });
      }
      const rejection = rejected.get(chatId);
      if (rejection) return send(400, { ok: false, error_code: 400, description: `Bad Request: ${rejection}` });
      messages.push({ chatId, text: body.text });
      send(200, {
        ok: true,
        result: { message_id: messages.length, chat: { id: Number(chatId) || chatId }, text: body.text },
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    messages,
    block: (chatId: string) => blocked.add(chatId),
    forget: (chatId: string) => forgotten.add(chatId),
    reject: (chatId: string, description: string) => rejected.set(chatId, description),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
export type TFakeTelegramApi = Awaited<ReturnType<typeof startFakeTelegramApi>>;
