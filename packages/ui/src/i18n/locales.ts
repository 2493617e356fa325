// The locales alone, without any catalog, so browser code can check a language without loading every text.
export const LOCALES = ["ru", "en"] as const;
export type TLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: TLocale = "ru";
export const LOCALE_COOKIE = "gafus.locale";

export function isLocale(value: unknown): value is TLocale {
  return value === "ru" || value === "en";
}
