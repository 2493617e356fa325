import { getPageContext } from "@/server/page-context";
import { WebShell } from "@/modules/shell";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const ctx = await getPageContext("/");
  const { t, user } = ctx;
  return (
    <WebShell ctx={ctx}>
      <section className="stack">
        <h1>{user ? t("home.hello", { name: user.name }) : t("brand.tagline")}</h1>
        <p className="muted">{t("home.lead")}</p>
        {user ? (
          <p>{t("home.signedInLead")}</p>
        ) : (
          <p>
            {t("home.guestCta")}{" "}
            <a className="button" href="/register">
              {t("auth.register")}
            </a>
          </p>
        )}
      </section>
    </WebShell>
  );
}
