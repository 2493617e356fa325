import { aiEnv } from "@gafus/config";
import { AppError, formatDuration, getCourseStats } from "@gafus/core";
import { getDb } from "@gafus/prisma";
import { SectionShell } from "@gafus/ui";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SuggestText } from "@/modules/ai/suggest-text";
import { RequestReportForm } from "@/modules/reports/request-report-form";
import { BarChart } from "@/modules/stats/bar-chart";
import { StepTable } from "@/modules/stats/step-table";
import { getPageContext } from "@/server/page-context";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Course statistics · Gafus" };

async function load(actor: Parameters<typeof getCourseStats>[0]["actor"], courseId: string) {
  try {
    return await getCourseStats({ db: getDb(), actor, courseId });
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
}

export default async function CourseStatsPage({ params }: { params: Promise<{ courseId: string }> }) {
  const { courseId } = await params;
  const ctx = await getPageContext(`/stats/${courseId}`);
  const { t } = ctx;
  if (!ctx.allowed)
    return (
      <SectionShell ctx={ctx} brandHref="/trainer">
        {null}
      </SectionShell>
    );
  const stats = await load(ctx.user, courseId);
  const kpis = [
    [t("insights.stats.enrolments"), stats.enrolments],
    [t("insights.stats.active"), stats.active],
    [t("insights.stats.completed"), stats.completed],
    [t("insights.stats.pendingExams"), stats.pendingExams],
  ] as const;
  const stepLabel = (s: (typeof stats.steps)[number]) => `${s.dayOrder}.${s.stepOrder} ${s.title}`;
  return (
    <SectionShell ctx={ctx} brandHref="/trainer">
      <article className="stack">
        <p>
          <a href="/trainer/stats">← {t("insights.stats.back")}</a>
        </p>
        <h1>{stats.course.title}</h1>
        <dl className="kpis card">
          {kpis.map(([label, value]) => (
            <div className="kpi" key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <p className="row wrap">
          <a className="button" href={`/trainer/api/stats/courses/${stats.course.id}/progress.csv`} download>
            {t("insights.stats.exportCsv")}
          </a>
        </p>
        {stats.enrolments === 0 && <p className="muted">{t("insights.stats.noData")}</p>}
        <section className="card stack" aria-labelledby="funnel-title">
          <h2 id="funnel-title">{t("insights.stats.funnel")}</h2>
          <BarChart
            id="funnel"
            title={t("insights.stats.funnel")}
            description={t("insights.stats.funnelDesc", { total: stats.enrolments })}
            max={stats.enrolments}
            bars={stats.funnel.map((d) => ({
              label: `${t("insights.stats.dayLabel", { n: d.order })}. ${d.title}`,
              value: d.completed,
              valueText: t("insights.stats.finishedDay", { count: d.completed }),
            }))}
            tableLabel={t("insights.stats.chartTable")}
            headers={[t("insights.stats.dayLabel", { n: "" }).trim(), t("insights.stats.completed")]}
          />
        </section>
        <section className="card stack" aria-labelledby="drop-title">
          <h2 id="drop-title">{t("insights.stats.dropOff")}</h2>
          <BarChart
            id="dropoff"
            tone="warn"
            title={t("insights.stats.dropOff")}
            description={t("insights.stats.dropOffDesc")}
            bars={stats.steps.map((s) => ({ label: stepLabel(s), value: s.dropOff, valueText: String(s.dropOff) }))}
            tableLabel={t("insights.stats.chartTable")}
            headers={[t("insights.stats.step"), t("insights.stats.drop")]}
          />
        </section>
        <section className="card stack" aria-labelledby="steps-title">
          <h2 id="steps-title">{t("insights.stats.steps")}</h2>
          <StepTable
            steps={stats.steps.map((s) => ({
              ...s,
              label: stepLabel(s),
              time: formatDuration(s.avgMs, ctx.locale === "ru" ? "ru" : "en"),
            }))}
            headers={{
              step: t("insights.stats.step"),
              started: t("insights.stats.started"),
              done: t("insights.stats.done"),
              drop: t("insights.stats.drop"),
              time: t("insights.stats.avgTime"),
            }}
          />
        </section>
        <RequestReportForm
          courses={[{ id: stats.course.id, title: stats.course.title }]}
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
        <SuggestText
          subjectId={stats.course.id}
          initialText={stats.course.description}
          isConfigured={Boolean(aiEnv().AI_BASE_URL)}
          labels={{
            title: t("insights.ai.suggestTitle"),
            text: t("insights.ai.suggestLabel"),
            suggest: t("insights.ai.suggest"),
            working: t("insights.ai.drafting"),
            suggestion: t("insights.ai.suggestion"),
            use: t("insights.ai.use"),
            copied: t("insights.ai.copied"),
            notConfigured: t("insights.ai.notConfigured"),
            failed: t("insights.ai.failed"),
          }}
        />
      </article>
    </SectionShell>
  );
}
