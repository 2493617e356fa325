import { getCourseForEditing, listDayLibrary } from "@gafus/core";
import { getDb } from "@gafus/prisma";
import { SectionShell } from "@gafus/ui";
import type { Metadata } from "next";
import "@/modules/authoring/authoring.css";
import { AccessList } from "@/modules/authoring/access-list";
import { AddDayForms } from "@/modules/authoring/add-day-forms";
import { CourseForm } from "@/modules/authoring/course-form";
import { PublishControls } from "@/modules/authoring/publish-controls";
import { Refusal } from "@/modules/authoring/refusal";
import { assertIds, getAuthoringContext, loadOrRefuse } from "@/modules/authoring/server";
import { SortableList } from "@/modules/authoring/sortable-list";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Course editor · Gafus" };

export default async function CourseEditorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await getAuthoringContext(`/courses/${id}`);
  const { t, L, user } = ctx;
  if (!ctx.allowed)
    return (
      <SectionShell ctx={ctx} brandHref="/trainer">
        {null}
      </SectionShell>
    );
  assertIds(id);
  const db = getDb();
  const loaded = await loadOrRefuse(async () => ({
    course: await getCourseForEditing({ db, actor: user, courseId: id }),
    library: await listDayLibrary({ db, actor: user, courseId: id }),
  }));
  if (!loaded)
    return (
      <SectionShell ctx={ctx} brandHref="/trainer">
        <Refusal t={t} />
      </SectionShell>
    );
  const { course, library } = loaded;
  return (
    <SectionShell ctx={ctx} brandHref="/trainer">
      <article className="stack narrow-wide">
        <p>
          <a href="/trainer/courses">← {t("authoring.backToCourses")}</a>
        </p>
        <header className="stack">
          <h1>{course.title}</h1>
          <p className="row wrap">
            <span className={`badge ${course.isPublished ? "badge-completed" : ""}`}>
              {t(course.isPublished ? "authoring.status.published" : "authoring.status.draft")}
            </span>
            <span className="badge">{t(`authoring.visibility.${course.visibility}`)}</span>
            {user.id !== course.authorId && (
              <span className="small muted">{t("authoring.courses.author", { name: course.author.name })}</span>
            )}
          </p>
          <div className="row wrap">
            <a className="button secondary" href={`/trainer/courses/${course.id}/preview`}>
              {t("authoring.preview")}
            </a>
          </div>
          {!course.isPublished && <p className="small muted">{t("authoring.publishHint")}</p>}
          <PublishControls courseId={course.id} isPublished={course.isPublished} canPublish L={L} />
        </header>

        <section className="stack" aria-labelledby="days-title">
          <h2 id="days-title">{t("authoring.days.title")}</h2>
          {course.days.length === 0 ? (
            <p className="muted">{t("authoring.days.empty")}</p>
          ) : (
            <SortableList
              label={t("authoring.days.title")}
              orderPath={`/courses/${course.id}/days/order`}
              removePath={`/courses/${course.id}/days`}
              items={course.days.map((d) => ({
                id: d.placementId,
                title: d.title,
                href: `/trainer/courses/${course.id}/days/${d.dayId}`,
                meta: [
                  t(`dayType.${d.type}`),
                  t("authoring.days.steps", { count: d.stepCount }),
                  ...(d.usedInCourses > 1 ? [t("authoring.usedIn", { count: d.usedInCourses })] : []),
                ].join(" · "),
              }))}
              L={L}
            />
          )}
          <AddDayForms courseId={course.id} library={library} L={L} />
        </section>

        <CourseForm
          L={L}
          course={{
            id: course.id,
            title: course.title,
            slug: course.slug,
            shortDescription: course.shortDescription,
            description: course.description,
            level: course.level,
            locale: course.locale,
            visibility: course.visibility,
          }}
        />
        {course.visibility === "PRIVATE" && <AccessList courseId={course.id} students={course.access} L={L} />}
      </article>
    </SectionShell>
  );
}
