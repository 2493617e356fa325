import { listPendingExams } from "@gafus/core";
import { getDb } from "@gafus/prisma";
import { SectionShell } from "@gafus/ui";
import type { Metadata } from "next";
import { getPageContext } from "@/server/page-context";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Exams · Gafus" };

export default async function ExamsPage() {
  const ctx = await getPageContext("/exams");
  const { t } = ctx;
  const exams = ctx.allowed ? await listPendingExams({ db: getDb(), actor: ctx.user }) : [];
  return (
    <SectionShell ctx={ctx} brandHref="/trainer">
      <section className="stack" aria-labelledby="exams-title">
        <h1 id="exams-title">{t("trainer.exams")}</h1>
        {exams.length === 0 && <p className="muted">{t("trainer.examsEmpty")}</p>}
        <ul className="inbox">
          {exams.map((exam) => (
            <li key={exam.id} className="card unread">
              <p>
                <a href={`/trainer/exams/${exam.id}`}>
                  {exam.user.name} — {exam.userStep.stepOnDay.step.title}
                </a>
              </p>
              <p className="small muted">
                {exam.userStep.dayOnCourse.course.title} ·{" "}
                {exam.createdAt.toLocaleString(ctx.locale, { timeZone: ctx.user.timezone })}
                {exam.maxScore !== null && ` · ${t("exam.score", { score: exam.score ?? 0, max: exam.maxScore })}`}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </SectionShell>
  );
}
