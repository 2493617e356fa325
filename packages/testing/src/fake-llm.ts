import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type TFakeLlmMode = "ok" | "error" | "hang";

/**
 * A local stand-in for an OpenAI-compatible server (the /v1/chat/completions protocol Ollama and OpenAI speak),
 * for tests: answers a fixed draft, an error body, or never answers; `busy(n, seconds)` answers the next n requests
 * with 429 and Retry-After, as a rate-limited provider does. Records every request it gets, with its arrival time.
 */
export async function startFakeLlm(reply = "Хорошая работа: собака держит позу. Добавьте отвлечения.") {
  let mode: TFakeLlmMode = "ok";
  let busyFor = 0;
  let busySeconds = 1;
  let busyCode = "rate_limit_exceeded";
  const requests: {
    at: number;
    path: string;
    authorization?: string;
    body: { model: string; messages: { role: string; content: string }[] };
  }[] = [];
  const hanging = new Set<ServerResponse>();
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    requests.push({
      at: Date.now(),
      path: req.url ?? "",
      authorization: req.headers.authorization,
      body: JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}"),
    });
    if (req.method !== "POST" || req.url !== "/v1/chat/completions") {
      res
        .writeHead(404, { "content-type": "application/json" })
        .end(JSON.stringify({ error: { message: "not found" } }));
    } else if (busyFor > 0) {
      busyFor -= 1;
      res
        .writeHead(429, { "content-type": "application/json", "retry-after": String(busySeconds) })
        .end(JSON.stringify({ error: { message: "rate limit reached", type: "requests", code: busyCode } }));
    } else if (mode === "hang") {
      hanging.add(res);
    } else if (mode === "error") {
      res
        .writeHead(500, { "content-type": "application/json" })
        .end(JSON.stringify({ error: { message: "model 'tiny' not found", type: "invalid_request_error" } }));
    } else {
      res.writeHead(200, { "content-type": "application/json" }).end(
        JSON.stringify({
          id: "chatcmpl-1",
          object: "chat.completion",
          created: Math.floor(Date.now() / 1000),
          model: "tiny",
          choices: [{ index: 0, message: { role: "assistant", content: reply }, finish_reason: "stop" }],
          usage: { prompt_tokens: 10, completion_tokens: 12, total_tokens: 22 },
        }),
      );
    }
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    setMode: (next: TFakeLlmMode) => void (mode = next),
    /** `code` "insufficient_quota" is OpenAI's 429 for a spent quota, which no wait cures. */
    busy: (count: number, retryAfterSeconds: number, code = "rate_limit_exceeded") =>
      void ((busyFor = count), (busySeconds = retryAfterSeconds), (busyCode = code)),
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      server.close();
    },
  };
}
