import { AppShell } from "@gafus/ui";
import type { ReactNode } from "react";
import type { TPageContext } from "@/server/page-context";

export function WebShell({ ctx, children }: { ctx: TPageContext; children: ReactNode }) {
  return (
    <AppShell t={ctx.t} locale={ctx.locale} brandHref="/" nav={ctx.nav} user={ctx.user} currentPath={ctx.path}>
      {children}
    </AppShell>
  );
}
