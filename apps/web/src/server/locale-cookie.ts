import { LOCALE_COOKIE, type TLocale } from "@gafus/ui/i18n";

const ONE_YEAR = 365 * 24 * 60 * 60;

/** The visitor's language choice, readable by every app on the origin (path "/"). */
export function localeCookie(locale: TLocale): string {
  return `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${ONE_YEAR}; SameSite=Lax`;
}

/** Only same-origin paths: an absolute or protocol-relative `next` would make this an open redirect. */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return "/";
  return value.slice(0, 512);
}
