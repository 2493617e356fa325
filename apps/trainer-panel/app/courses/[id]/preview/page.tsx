import { getCoursePreview } from "@gafus/core";
import { getDb } from "@gafus/prisma";
import { SectionShell } from "@gafus/ui";
import type { Metadata } from "next";
import "@/modules/authoring/authoring.css";
import { Refusal } from "@/modules/authoring/refusal";
import { assertIds, getAuthoringContext, loadOrRefuse } from "@/modules/authoring/server";
import { StepPreview } from "@/modules/authoring/step-preview";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Preview · Gafus" };

type TProps = { params: Promise<{ id: string }>; searchParams: Promise<{ day?: string }> };

export default async function CoursePreviewPage({ params, searchParams }: TProps) {
  const { id } = await params;
  const only = Number((await searchParams).day) || null;
  const ctx = await getAuthoringContext(`/courses/${id}/preview`);
  const { t, user } = ctx;
  if (!ctx.allowed)
    return (
      <SectionShell ctx={ctx} brandHref="/trainer">
        {null}
      </SectionShell>
    );
  assertIds(id);
  const course = await loadOrRefuse(() =>
    getCoursePreview({
      db: getDb(),
      actor: user,
      courseId: id,
      names: { student: user.name, petFallback: t("common.yourDog") },
    }),
  );
  if (!course)
    return (
      <SectionShell ctx={ctx} brandHref="/trainer">
        <Refusal t={t} />
      </SectionShell>
    );
  const days = only ? course.days.filter((d) => d.number === only) : course.days;
  return (
    <SectionShell ctx={ctx} brandHref="/trainer">
      <article className="stack day-page narrow-wide">
        <p className="alert info preview-banner" role="note">
          {t("authoring.previewBanner")} <a href={`/trainer/courses/${course.id}`}>{t("authoring.backToEditor")}</a>
        </p>
        <header className="stack">
          <h1>{course.title}</h1>
          {!course.isPublished && <span className="badge">{t("authoring.previewDraft")}</span>}
          {course.shortDescription && <p className="lead">{course.shortDescription}</p>}
          <p className="muted small">
            {t(`level.${course.level}`)} · {t("catalog.by", { name: course.author.name })}
          </p>
        </header>
        <nav aria-label={t("course.days")}>
          <ol className="row wrap plain-list">
            {course.days.map((d) => (
              <li key={d.number}>
                <a
                  className={`button small ${d.number === only ? "" : "secondary"}`}
                  href={`/trainer/courses/${course.id}/preview?day=${d.number}`}
                  aria-current={d.number === only ? "page" : undefined}
                >
                  {t("day.title", { day: d.number, count: course.days.length })}
                </a>
              </li>
            ))}
          </ol>
        </nav>
        {days.map((day) => (
          <section key={day.number} className="stack" aria-labelledby={`preview-day-${day.number}`}>
            <p className="muted small">
              {t("day.title", { day: day.number, count: course.days.length })} · {t(`dayType.${day.type}`)}
            </p>
            <h2 id={`preview-day-${day.number}`}>{day.title}</h2>
            {day.description && <p className="lead">{day.description}</p>}
            <ol className="steps">
              {day.steps.map((step) => (
                <StepPreview key={`${step.id}-${step.number}`} step={step} t={t} />
              ))}
            </ol>
          </section>
        ))}
      </article>
    </SectionShell>
  );
}
