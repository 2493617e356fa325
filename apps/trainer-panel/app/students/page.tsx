import { can } from "@gafus/auth";
import { listMyStudents } from "@gafus/core";
import { getDb } from "@gafus/prisma";
import { SectionShell } from "@gafus/ui";
import type { Metadata } from "next";
import "@/modules/stats/insights.css";
import { getPageContext } from "@/server/page-context";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Students · Gafus" };

export default async function StudentsPage() {
  const ctx = await getPageContext("/students");
  const { t } = ctx;
  const canWrite = ctx.allowed && can(ctx.user, "note:write");
  const students = canWrite ? await listMyStudents({ db: getDb(), actor: ctx.user }) : [];
  return (
    <SectionShell ctx={ctx} brandHref="/trainer">
      <section className="stack" aria-labelledby="students-title">
        <h1 id="students-title">{t("insights.students.title")}</h1>
        {students.length === 0 ? (
          <p className="muted">{t("insights.students.empty")}</p>
        ) : (
          <div className="card data-table-wrap">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t("trainer.student")}</th>
                  <th scope="col">{t("insights.students.courses")}</th>
                  <th scope="col">{t("insights.students.lastActive")}</th>
                  <th scope="col" className="num">
                    {t("insights.students.notes")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {students.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">
                      <a href={`/trainer/students/${s.id}`}>{s.name}</a>
                      <br />
                      <span className="small muted">{s.email}</span>
                    </th>
                    <td>{s.courses.map((c) => c.title).join(", ")}</td>
                    <td>
                      {s.lastActiveAt
                        ? s.lastActiveAt.toLocaleDateString(ctx.locale, { timeZone: ctx.user.timezone })
                        : t("insights.students.never")}
                    </td>
                    <td className="num">{s.notes}</td>
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
