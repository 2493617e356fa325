import "server-only";
import type { ReactNode } from "react";
import { getI18n } from "./get-i18n";

/** <html lang> in the request's language, so screen readers pronounce the page right in every app. */
export async function LocalizedDocument({
  profileLocale,
  children,
}: {
  profileLocale?: string | null;
  children: ReactNode;
}) {
  const { locale } = await getI18n(profileLocale);
  return (
    <html lang={locale}>
      <body>{children}</body>
    </html>
  );
}
