import "server-only";
import { cookies, headers } from "next/headers";
import { createTranslator, LOCALE_COOKIE, resolveLocale, type TLocale, type TTranslate } from "../i18n";

/** The locale of this request (cookie, then the signed-in user's profile, then Accept-Language) and its texts. */
export async function getI18n(profileLocale?: string | null): Promise<{ locale: TLocale; t: TTranslate }> {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const locale = resolveLocale({
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    profile: profileLocale,
    acceptLanguage: headerList.get("accept-language"),
  });
  return { locale, t: createTranslator(locale) };
}
