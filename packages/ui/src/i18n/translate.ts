import { DEFAULT_LOCALE, isLocale, type TLocale } from "./locales";
import { en, type TMessageKey } from "./messages-en";
import { ru } from "./messages-ru";
import { fillPlaceholders } from "./fill-placeholders";

export { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, LOCALES, type TLocale } from "./locales";

// Two locales and a few hundred strings shared by three Next apps with different basePaths: a typed dictionary is
// enough, and avoids next-intl's routing middleware, which would fight the apps' basePaths.
const CATALOGS: Record<TLocale, Record<TMessageKey, string>> = { ru, en };

export type TTranslate = (key: TMessageKey, values?: Record<string, string | number>) => string;

export function createTranslator(locale: TLocale): TTranslate {
  const catalog = CATALOGS[locale];
  return (key, values) => fillPlaceholders(catalog[key], values);
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
