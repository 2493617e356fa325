import type { ReactNode } from "react";
import type { TLocale, TTranslate } from "../i18n";
import { AppShell, type TNavItem } from "./app-shell";
import { NoAccess } from "./no-access";
import type { TShellUser } from "./user-menu";

export type TSectionContext = {
  t: TTranslate;
  locale: TLocale;
  nav: TNavItem[];
  user: TShellUser;
  path: string;
  allowed: boolean;
};

/**
 * The frame of a page in a role-gated app (trainer panel, error dashboard): the page's content when the user's role
 * may open it, the no-access screen otherwise.
 */
export function SectionShell({
  ctx,
  brandHref,
  children,
}: {
  ctx: TSectionContext;
  brandHref: string;
  children: ReactNode;
}) {
  return (
    <AppShell t={ctx.t} locale={ctx.locale} brandHref={brandHref} nav={ctx.nav} user={ctx.user} currentPath={ctx.path}>
      {ctx.allowed ? children : <NoAccess t={ctx.t} user={ctx.user} />}
    </AppShell>
  );
}
