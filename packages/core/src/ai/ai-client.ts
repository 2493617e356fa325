import { AppError } from "../errors/app-error";

export type TChatMessage = { role: "system" | "user" | "assistant"; content: string };
export type TAiConfig = { baseUrl?: string; apiKey?: string; model: string; timeoutMs: number };
export type TAiClient = { complete: (messages: TChatMessage[]) => Promise<string> };

/** The provider's rate limit (HTTP 429): wait `retryAfterMs` (its Retry-After, or 30 s) and ask again. */
export class AiRateLimitedError extends AppError {
  constructor(readonly retryAfterMs: number) {
    super("ai_failed", "The AI service is busy (429); the draft will be asked again shortly.");
  }
}

const DEFAULT_RETRY_AFTER_MS = 30_000;

/** Retry-After in seconds or as an HTTP date; anything else falls back to the default. */
function retryAfterMs(header: string | null, now = Date.now()): number {
  if (!header) return DEFAULT_RETRY_AFTER_MS;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.max(1000, seconds * 1000);
  const at = Date.parse(header);
  return Number.isFinite(at) ? Math.max(1000, at - now) : DEFAULT_RETRY_AFTER_MS;
}

/** `http://host:11434/v1` and `http://host:11434` both reach `/v1/chat/completions`. */
export function chatCompletionsUrl(baseUrl: string): string {
  return baseUrl.endsWith("/v1") ? `${baseUrl}/chat/completions` : `${baseUrl}/v1/chat/completions`;
}

/**
 * A minimal client of the OpenAI chat completions protocol (what Ollama, vLLM and OpenAI speak). Without a base
 * URL it refuses with ai_not_configured (503); an error answer or a timeout becomes ai_failed (502) with a reason;
 * a 429 becomes AiRateLimitedError, which the worker turns into a pause of the queue, not a spent attempt.
 */
export function createAiClient(config: TAiConfig, fetchImpl: typeof fetch = fetch): TAiClient {
  return {
    async complete(messages) {
      if (!config.baseUrl) throw new AppError("ai_not_configured", "The AI assistant is not configured (AI_BASE_URL).");
      let response: Response;
      try {
        response = await fetchImpl(chatCompletionsUrl(config.baseUrl), {
          method: "POST",
          headers: {
            "content-type": "application/json",
            ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}),
          },
          body: JSON.stringify({ model: config.model, messages, temperature: 0.4, stream: false }),
          signal: AbortSignal.timeout(config.timeoutMs),
        });
      } catch (error) {
        const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
        throw new AppError(
          "ai_failed",
          timedOut ? "The AI service did not answer in time." : "The AI service is unreachable.",
        );
      }
      const body = (await response.json().catch(() => null)) as {
        choices?: { message?: { content?: string } }[];
        error?: { message?: string; code?: string; type?: string } | string;
      } | null;
      // OpenAI answers 429 for a spent quota too: waiting does not help there.
      const code = typeof body?.error === "object" ? (body.error.code ?? body.error.type) : undefined;
      if (response.status === 429 && code !== "insufficient_quota")
        throw new AiRateLimitedError(retryAfterMs(response.headers.get("retry-after")));
      if (!response.ok) {
        const reason = typeof body?.error === "string" ? body.error : body?.error?.message;
        throw new AppError("ai_failed", `The AI service answered ${response.status}${reason ? `: ${reason}` : ""}.`);
      }
      const text = body?.choices?.[0]?.message?.content?.trim();
      if (!text) throw new AppError("ai_failed", "The AI service sent an empty answer.");
      return text;
    },
  };
}
