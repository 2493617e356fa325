import { requireSessionUser } from "@gafus/auth/next";
import { getTrainingDay, listDiaryEntries, personalize } from "@gafus/core";
import { getDb } from "@gafus/prisma";
import { notFound } from "next/navigation";
import { RefusalCard } from "@/modules/common/refusal-card";
import { WebShell } from "@/modules/shell";
import { StepCard } from "@/modules/training/step-card";
import { getPageContext } from "@/server/page-context";
import { loadOrRefuse } from "@/server/page-errors";

export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ slug: string; day: string }>; searchParams: Promise<{ completed?: string }> };

export default async function DayPage({ params, searchParams }: TProps) {
  const { slug, day } = await params;
  const dayNumber = Number(day);
  if (!Number.isInteger(dayNumber) || dayNumber < 1) notFound();
  const path = `/courses/${slug}/days/${dayNumber}`;
  const user = await requireSessionUser(path);
  const ctx = await getPageContext(path);
  const { t } = ctx;
  const { data, refusal } = await loadOrRefuse(() =>
    getTrainingDay({
      db: getDb(),
      userId: user.id,
      userName: user.name,
      slug,
      dayNumber,
      petFallback: t("common.yourDog"),
    }),
  );
  if (!data)
    return (
      <WebShell ctx={ctx}>
        <RefusalCard t={t} error={refusal} backHref={`/courses/${slug}`} />
      </WebShell>
    );
  const { completed } = await searchParams;
  const hasDiary = data.steps.some((s) => s.type === "DIARY");
  const diary = hasDiary ? await listDiaryEntries({ db: getDb(), userId: user.id, slug }) : [];

  return (
    <WebShell ctx={ctx}>
      <article className="stack day-page">
        <p>
          <a href={`/courses/${slug}`}>
            ← {t("day.backToCourse")}: {data.course.title}
          </a>
        </p>
        <header>
          <p className="muted small">
            {t("day.title", { day: dayNumber, count: data.dayCount })} · {t(`dayType.${data.type}`)}
          </p>
          <h1>{data.title}</h1>
          {data.description && <p className="lead">{data.description}</p>}
        </header>
        {completed && data.state === "completed" && (
          <p className="alert success" role="status">
            {t("day.completed")}
          </p>
        )}
        <ol className="steps">
          {data.steps.map((step) => (
            <StepCard key={step.number} step={step} refs={{ slug, day: dayNumber }} t={t} />
          ))}
        </ol>
        {diary.length > 0 && (
          <section className="stack" aria-labelledby="diary-title">
            <h2 id="diary-title">{t("diary.earlier")}</h2>
            <ul className="diary">
              {diary.map((entry) => (
                <li key={entry.id} className="card">
                  <p className="small muted">
                    {personalize(entry.dayOnCourse.day.title, {
                      student: user.name,
                      pet: data.pet?.name,
                      petFallback: t("common.yourDog"),
                    })}{" "}
                    · {entry.createdAt.toLocaleDateString(ctx.locale, { timeZone: user.timezone })}
                  </p>
                  <p>{entry.content}</p>
                </li>
              ))}
            </ul>
          </section>
        )}
        {data.nextDayOpen && (
          <p>
            <a className="button" href={`/courses/${slug}/days/${dayNumber + 1}`}>
              {t("day.next")} →
            </a>
          </p>
        )}
      </article>
    </WebShell>
  );
}
