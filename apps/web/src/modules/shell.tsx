import { countUnread } from "@gafus/core";
import { getDb } from "@gafus/prisma";
import { AppShell } from "@gafus/ui";
import type { ReactNode } from "react";
import type { TPageContext } from "@/server/page-context";
import { InboxBell } from "./notifications/inbox-bell";

export async function WebShell({ ctx, children }: { ctx: TPageContext; children: ReactNode }) {
  const unread = ctx.user ? await countUnread({ db: getDb(), userId: ctx.user.id }) : 0;
  return (
    <AppShell
      t={ctx.t}
      locale={ctx.locale}
      brandHref="/"
      nav={ctx.nav}
      user={ctx.user}
      currentPath={ctx.path}
      headerExtra={ctx.user ? <InboxBell initial={unread} label={ctx.t("notifications.label")} /> : null}
    >
      {children}
    </AppShell>
  );
}
