import { createTranslator, DEFAULT_LOCALE, isLocale, issueTextsByField } from "@gafus/ui/i18n";
import type { TApiResult } from "./api-client";

type TFailure = Extract<TApiResult<unknown>, { ok: false }>;

/**
 * A refused call in the page's language (the <html lang> the server rendered): for invalid input, what is wrong
 * with each field, translated from the API's `details.issues`; otherwise the server's message or `fallback`.
 */
export function failureText(result: TFailure, fallback: string): string {
  const lang = typeof document === "undefined" ? null : document.documentElement.lang;
  const t = createTranslator(isLocale(lang) ? lang : DEFAULT_LOCALE);
  const texts = Object.values(issueTextsByField(t, result.details.issues)).flat();
  if (texts.length > 0) return texts.join(" ");
  return result.message || fallback;
}
