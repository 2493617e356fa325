import { z } from "zod";
import { lazyEnv, loadEnv } from "./load-env";

/**
 * The optional OpenAI-compatible endpoint (Ollama, vLLM, OpenAI, ...). Unset AI_BASE_URL means "not configured":
 * AI drafts answer 503 ai_not_configured, the built-in recommender still runs.
 */
export const ZAiEnv = z.object({
  AI_BASE_URL: z
    .string()
    .optional()
    .transform((v) => (v ? v.replace(/\/+$/, "") : undefined))
    .refine(
      (v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v),
      "must be an http(s) URL, e.g. http://127.0.0.1:11434/v1",
    ),
  AI_API_KEY: z.string().optional(),
  AI_MODEL: z.string().min(1).default("llama3.2"),
  AI_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
  /** Jobs per minute of the ai queue, across every worker; also what makes a provider's 429 pause them all. */
  AI_JOBS_PER_MINUTE: z.coerce.number().int().positive().default(120),
  /** How long a draft keeps waiting out the provider's 429s before it fails. */
  AI_RATE_LIMIT_GIVE_UP_MS: z.coerce
    .number()
    .int()
    .positive()
    .default(15 * 60_000),
});
export type TAiEnv = z.infer<typeof ZAiEnv>;

export const aiEnv = lazyEnv((source) => loadEnv(ZAiEnv, source));
