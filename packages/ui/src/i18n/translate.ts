import { en, type TMessageKey } from "./messages-en";
import { ru } from "./messages-ru";

// Two locales and a few hundred strings shared by three Next apps with different basePaths: a typed dictionary is
// enough, and avoids next-intl's routing middleware, which would fight the apps' basePaths.
export const LOCALES = ["ru", "en"] as const;
export type TLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: TLocale = "ru";
export const LOCALE_COOKIE = "gafus.locale";

const CATALOGS: Record<TLocale, Record<TMessageKey, string>> = { ru, en };

export type TTranslate = (key: TMessageKey, values?: Record<string, string | number>) => string;

export function createTranslator(locale: TLocale): TTranslate {
  const catalog = CATALOGS[locale];
  return (key, values) =>
    catalog[key].replace(/\{(\w+)\}/g, (match, name: string) => (values?.[name] ?? match).toString());
}

export function isLocale(value: unknown): value is TLocale {
  return value === "ru" || value === "en";
}

/** Cookie first (the visitor's explicit choice), then the profile, then the browser's Accept-Language. */
export function resolveLocale({
  cookie,
  profile,
  acceptLanguage,
}: {
  cookie?: string | null;
  profile?: string | null;
  acceptLanguage?: string | null;
}): TLocale {
  if (isLocale(cookie)) return cookie;
  if (isLocale(profile)) return profile;
  for (const part of (acceptLanguage ?? "").split(",")) {
    const tag = part.split(";")[0]?.trim().slice(0, 2).toLowerCase();
    if (isLocale(tag)) return tag;
  }
  return DEFAULT_LOCALE;
}
