import { errors as en } from "./en/errors";
import { fillPlaceholders } from "./fill-placeholders";
import type { TLocale } from "./locales";
import { errors as ru } from "./ru/errors";

export type TErrorMessageKey = keyof typeof en;
export type TErrorTranslate = (key: TErrorMessageKey, values?: Record<string, string | number>) => string;

const CATALOGS: Record<TLocale, Record<TErrorMessageKey, string>> = { ru, en };

/** A translator over the error texts alone: what browser code needs to explain a failed request. */
export function createErrorTranslator(locale: TLocale): TErrorTranslate {
  const catalog = CATALOGS[locale];
  return (key, values) => fillPlaceholders(catalog[key], values);
}

export function isErrorMessageKey(key: string): key is TErrorMessageKey {
  return Object.hasOwn(en, key);
}
