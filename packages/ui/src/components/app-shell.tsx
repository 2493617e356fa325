import type { ReactNode } from "react";
import { RevealCurrentNav } from "../client/reveal-current-nav";
import type { TLocale, TTranslate } from "../i18n";
import { LocaleSwitch } from "./locale-switch";
import { UserMenu, type TShellUser } from "./user-menu";

export type TNavItem = { href: string; label: string; current?: boolean };

/**
 * The signed-in frame shared by every Next app: brand, navigation, locale switch and user menu. Links are plain
 * anchors with absolute paths because the apps live under different basePaths on one origin.
 */
export function AppShell({
  t,
  locale,
  brandHref,
  nav,
  user,
  currentPath,
  headerExtra,
  children,
}: {
  t: TTranslate;
  locale: TLocale;
  brandHref: string;
  nav: TNavItem[];
  user: TShellUser | null;
  currentPath: string;
  /** Rendered before the user menu, e.g. the web app's live inbox bell. */
  headerExtra?: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      <a className="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <header className="shell-header">
        <div className="shell-bar">
          <a className="shell-brand" href={brandHref}>
            {t("brand.name")}
            <small>{t("brand.tagline")}</small>
          </a>
          {nav.length > 0 && (
            <nav className="shell-nav" aria-label={t("nav.main")}>
              <ul>
                {nav.map((item) => (
                  <li key={item.href}>
                    <a href={item.href} aria-current={item.current ? "page" : undefined}>
                      {item.label}
                    </a>
                  </li>
                ))}
              </ul>
              <RevealCurrentNav />
            </nav>
          )}
          <LocaleSwitch t={t} locale={locale} currentPath={currentPath} />
          {headerExtra}
          {user ? (
            <UserMenu t={t} user={user} />
          ) : (
            <a className="button secondary" href={`/login?callbackUrl=${encodeURIComponent(currentPath)}`}>
              {t("auth.signIn")}
            </a>
          )}
        </div>
      </header>
      <main id="main" className="shell-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
