import { requireSessionUser } from "@gafus/auth/next";
import { listNotifications } from "@gafus/core";
import { getDb } from "@gafus/prisma";
import type { Metadata } from "next";
import { MarkAllRead } from "@/modules/notifications/mark-all-read";
import { notificationText } from "@/modules/notifications/notification-text";
import { WebShell } from "@/modules/shell";
import { getPageContext } from "@/server/page-context";

export const metadata: Metadata = { title: "Notifications" };
export const dynamic = "force-dynamic";

export default async function NotificationsPage() {
  const user = await requireSessionUser("/notifications");
  const ctx = await getPageContext("/notifications");
  const { t } = ctx;
  const { items, unread } = await listNotifications({ db: getDb(), userId: user.id });
  return (
    <WebShell ctx={ctx}>
      <section className="stack narrow" aria-labelledby="inbox-title">
        <h1 id="inbox-title">{t("notifications.title")}</h1>
        <MarkAllRead hasUnread={unread > 0} />
        {items.length === 0 && <p className="muted">{t("notifications.empty")}</p>}
        <ul className="inbox">
          {items.map((item) => {
            const { text, href } = notificationText(t, item);
            return (
              <li key={item.id} className={`card ${item.readAt ? "" : "unread"}`}>
                <p>{href ? <a href={href}>{text}</a> : text}</p>
                <p className="small muted">{item.createdAt.toLocaleString(ctx.locale, { timeZone: user.timezone })}</p>
              </li>
            );
          })}
        </ul>
      </section>
    </WebShell>
  );
}
