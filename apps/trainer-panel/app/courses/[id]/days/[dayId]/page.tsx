import { getDayForEditing, listStepLibrary, listStepTemplates } from "@gafus/core";
import { getDb } from "@gafus/prisma";
import { SectionShell } from "@gafus/ui";
import type { Metadata } from "next";
import "@/modules/authoring/authoring.css";
import { AddStepForms } from "@/modules/authoring/add-step-forms";
import { DayForm } from "@/modules/authoring/day-form";
import { Refusal } from "@/modules/authoring/refusal";
import { assertIds, getAuthoringContext, loadOrRefuse } from "@/modules/authoring/server";
import { SortableList } from "@/modules/authoring/sortable-list";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Day editor · Gafus" };

const STEP_TYPES = ["TRAINING", "PRACTICE", "THEORY", "BREAK", "EXAMINATION", "DIARY"] as const;

export default async function DayEditorPage({ params }: { params: Promise<{ id: string; dayId: string }> }) {
  const { id, dayId } = await params;
  const ctx = await getAuthoringContext(`/courses/${id}/days/${dayId}`);
  const { t, L, user } = ctx;
  if (!ctx.allowed)
    return (
      <SectionShell ctx={ctx} brandHref="/trainer">
        {null}
      </SectionShell>
    );
  assertIds(id, dayId);
  const db = getDb();
  const loaded = await loadOrRefuse(async () => ({
    day: await getDayForEditing({ db, actor: user, dayId }),
    library: await listStepLibrary({ db, actor: user, dayId }),
    templates: (await listStepTemplates({ db, actor: user })).templates,
  }));
  if (!loaded)
    return (
      <SectionShell ctx={ctx} brandHref="/trainer">
        <Refusal t={t} />
      </SectionShell>
    );
  const { day, library, templates } = loaded;
  const courseHref = `/trainer/courses/${id}`;
  const usedIn = day.courses.length;
  const dayNumber = day.courses.find((c) => c.id === id)?.dayNumber;
  return (
    <SectionShell ctx={ctx} brandHref="/trainer">
      <article className="stack narrow-wide">
        <p>
          <a href={courseHref}>← {t("authoring.backToCourse")}</a>
        </p>
        <h1>{day.title}</h1>
        {usedIn > 1 && (
          <p className="alert info" role="note">
            {t("authoring.day.shared", {
              count: usedIn,
              courses: day.courses.map((c) => `«${c.title}»`).join(", "),
            })}
          </p>
        )}
        <p>
          <a className="button secondary" href={`${courseHref}/preview${dayNumber ? `?day=${dayNumber}` : ""}`}>
            {t("authoring.preview")}
          </a>
        </p>
        <section className="stack" aria-labelledby="steps-title">
          <h2 id="steps-title">{t("authoring.steps.title")}</h2>
          {day.steps.length === 0 ? (
            <p className="muted">{t("authoring.steps.empty")}</p>
          ) : (
            <SortableList
              label={t("authoring.steps.title")}
              orderPath={`/days/${day.id}/steps/order`}
              removePath={`/days/${day.id}/steps`}
              items={day.steps.map((s) => ({
                id: s.placementId,
                title: s.title,
                href: `${courseHref}/days/${day.id}/steps/${s.stepId}`,
                meta: [
                  t(`stepType.${s.type}`),
                  ...(s.usedInCourses > 1 ? [t("authoring.usedIn", { count: s.usedInCourses })] : []),
                ].join(" · "),
              }))}
              L={L}
            />
          )}
          <nav className="card stack" aria-labelledby="new-step-title">
            <h3 id="new-step-title">{t("authoring.steps.add")}</h3>
            <ul className="row wrap plain-list">
              {STEP_TYPES.map((type) => (
                <li key={type}>
                  <a className="button secondary small" href={`${courseHref}/days/${day.id}/steps/new?type=${type}`}>
                    + {t(`stepType.${type}`)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <AddStepForms dayId={day.id} library={library} templates={templates} L={L} />
        </section>
        <DayForm day={day} L={L} />
      </article>
    </SectionShell>
  );
}
