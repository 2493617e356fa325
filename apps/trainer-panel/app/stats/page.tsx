import { listStatsCourses } from "@gafus/core";
import { getDb } from "@gafus/prisma";
import { SectionShell } from "@gafus/ui";
import type { Metadata } from "next";
import "@/modules/stats/insights.css";
import { getPageContext } from "@/server/page-context";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Statistics · Gafus" };

export default async function StatsPage() {
  const ctx = await getPageContext("/stats");
  const { t } = ctx;
  const courses = ctx.allowed ? await listStatsCourses({ db: getDb(), actor: ctx.user }) : [];
  return (
    <SectionShell ctx={ctx} brandHref="/trainer">
      <section className="stack" aria-labelledby="stats-title">
        <h1 id="stats-title">{t("insights.stats.title")}</h1>
        {courses.length === 0 ? (
          <p className="muted">{t("insights.stats.empty")}</p>
        ) : (
          <div className="card data-table-wrap">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t("insights.stats.course")}</th>
                  <th scope="col" className="num">
                    {t("insights.stats.enrolments")}
                  </th>
                  <th scope="col" className="num">
                    {t("insights.stats.active")}
                  </th>
                  <th scope="col" className="num">
                    {t("insights.stats.completed")}
                  </th>
                  <th scope="col" className="num">
                    {t("insights.stats.pendingExams")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {courses.map((course) => (
                  <tr key={course.id}>
                    <th scope="row">
                      <a href={`/trainer/stats/${course.id}`}>{course.title}</a>
                      {!course.isPublished && <span className="tag">{t("insights.stats.draft")}</span>}
                    </th>
                    <td className="num">{course.enrolments}</td>
                    <td className="num">{course.active}</td>
                    <td className="num">{course.completed}</td>
                    <td className="num">{course.pendingExams}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </SectionShell>
  );
}
