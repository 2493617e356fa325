import { AppShell, NoAccess } from "@gafus/ui";
import type { Metadata } from "next";
import { getPageContext } from "@/server/page-context";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Gafus" };

export default async function HomePage() {
  const ctx = await getPageContext("/");
  const { t } = ctx;
  return (
    <AppShell t={t} locale={ctx.locale} brandHref="/errors" nav={ctx.nav} user={ctx.user} currentPath={ctx.path}>
      {ctx.allowed ? (
        <section className="stack">
          <h1>{t("errors.welcome")}</h1>
          <p className="muted">{t("errors.lead")}</p>
        </section>
      ) : (
        <NoAccess t={t} user={ctx.user} />
      )}
    </AppShell>
  );
}
