import { listReports, listStatsCourses } from "@gafus/core";
import { getDb } from "@gafus/prisma";
import { SectionShell } from "@gafus/ui";
import type { Metadata } from "next";
import "@/modules/stats/insights.css";
import { ReportList } from "@/modules/reports/report-list";
import { RequestReportForm } from "@/modules/reports/request-report-form";
import { getPageContext } from "@/server/page-context";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Reports · Gafus" };

export default async function ReportsPage() {
  const ctx = await getPageContext("/reports");
  const { t } = ctx;
  if (!ctx.allowed)
    return (
      <SectionShell ctx={ctx} brandHref="/trainer">
        {null}
      </SectionShell>
    );
  const db = getDb();
  const [reports, courses] = await Promise.all([
    listReports({ db, actor: ctx.user }),
    listStatsCourses({ db, actor: ctx.user }),
  ]);
  return (
    <SectionShell ctx={ctx} brandHref="/trainer">
      <section className="stack" aria-labelledby="reports-title">
        <h1 id="reports-title">{t("insights.reports.title")}</h1>
        <ReportList
          locale={ctx.locale}
          initial={reports.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }))}
          labels={{
            QUEUED: t("insights.reports.QUEUED"),
            RUNNING: t("insights.reports.RUNNING"),
            READY: t("insights.reports.READY"),
            FAILED: t("insights.reports.FAILED"),
            download: t("insights.reports.download"),
            retry: t("insights.reports.retry"),
            progress: t("insights.reports.progress"),
            empty: t("insights.reports.empty"),
            COURSE_PROGRESS_CSV: t("insights.reports.COURSE_PROGRESS_CSV"),
            COURSE_SUMMARY_PDF: t("insights.reports.COURSE_SUMMARY_PDF"),
          }}
        />
        {courses.length > 0 && (
          <RequestReportForm
            courses={courses.map((c) => ({ id: c.id, title: c.title }))}
            labels={{
              title: t("insights.reports.new"),
              type: t("insights.reports.type"),
              course: t("insights.stats.course"),
              csv: t("insights.reports.COURSE_PROGRESS_CSV"),
              pdf: t("insights.reports.COURSE_SUMMARY_PDF"),
              request: t("insights.reports.request"),
              requested: t("insights.reports.requested"),
            }}
          />
        )}
      </section>
    </SectionShell>
  );
}
