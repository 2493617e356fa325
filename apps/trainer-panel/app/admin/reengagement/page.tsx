import { can } from "@gafus/auth";
import { getReengagementMetrics } from "@gafus/core";
import { getDb } from "@gafus/prisma";
import { SectionShell } from "@gafus/ui";
import type { Metadata } from "next";
import { getPageContext } from "@/server/page-context";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Re-engagement · Gafus" };

/** Campaign metrics for admins; trainers and moderators get the no-access screen. */
export default async function ReengagementPage() {
  const base = await getPageContext("/admin/reengagement");
  const ctx = { ...base, allowed: base.allowed && can(base.user, "reengagement:metrics") };
  const { t } = ctx;
  const metrics = ctx.allowed ? await getReengagementMetrics({ db: getDb(), actor: ctx.user }) : null;
  const percent = (rate: number | null) =>
    rate === null
      ? t("notify.admin.none")
      : `${(rate * 100).toLocaleString(ctx.locale, { maximumFractionDigits: 1 })} %`;
  return (
    <SectionShell ctx={ctx} brandHref="/trainer">
      {metrics && (
        <section className="stack" aria-labelledby="reengagement-title">
          <h1 id="reengagement-title">{t("notify.admin.title")}</h1>
          <p className="muted">{t("notify.admin.intro")}</p>
          <div className="card">
            <table style={{ width: "100%", borderCollapse: "collapse", textAlign: "left" }}>
              <caption className="visually-hidden">{t("notify.admin.sent")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("notify.admin.title")}</th>
                  <th scope="col">{t("notify.admin.sent")}</th>
                </tr>
              </thead>
              <tbody>
                {metrics.sentByLevel.map((l) => (
                  <tr key={l.level}>
                    <th scope="row">{t("notify.admin.level", { level: l.level, days: l.days })}</th>
                    <td data-level-sent={l.level}>{l.sent}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <dl
            className="card"
            style={{ display: "grid", gridTemplateColumns: "max-content auto", gap: "0.5rem 1.5rem" }}
          >
            <dt>{t("notify.admin.campaigns")}</dt>
            <dd style={{ margin: 0, fontWeight: 700 }} data-metric="campaigns">
              {metrics.campaigns}
            </dd>
            <dt>{t("notify.admin.returned")}</dt>
            <dd style={{ margin: 0, fontWeight: 700 }} data-metric="returned">
              {metrics.returned}
            </dd>
            <dt>{t("notify.admin.rate")}</dt>
            <dd style={{ margin: 0, fontWeight: 700 }} data-metric="rate">
              {percent(metrics.returnRate)}
            </dd>
          </dl>
        </section>
      )}
    </SectionShell>
  );
}
