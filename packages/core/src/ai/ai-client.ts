import { AppError } from "../errors/app-error";

export type TChatMessage = { role: "system" | "user" | "assistant"; content: string };
export type TAiConfig = { baseUrl?: string; apiKey?: string; model: string; timeoutMs: number };
export type TAiClient = { complete: (messages: TChatMessage[]) => Promise<string> };

/** `http://host:11434/v1` and `http://host:11434` both reach `/v1/chat/completions`. */
export function chatCompletionsUrl(baseUrl: string): string {
  return baseUrl.endsWith("/v1") ? `${baseUrl}/chat/completions` : `${baseUrl}/v1/chat/completions`;
}

/**
 * A minimal client of the OpenAI chat completions protocol (what Ollama, vLLM and OpenAI speak). Without a base
 * URL it refuses with ai_not_configured (503); an error answer or a timeout becomes ai_failed (502) with a reason.
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
        error?: { message?: string } | string;
      } | null;
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
