import { can } from "@gafus/auth";
import { listAuthoredCourses } from "@gafus/core";
import { getDb } from "@gafus/prisma";
import { SectionShell } from "@gafus/ui";
import type { Metadata } from "next";
import "@/modules/authoring/authoring.css";
import { PublishControls } from "@/modules/authoring/publish-controls";
import { getAuthoringContext } from "@/modules/authoring/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Courses · Gafus" };

export default async function CoursesPage() {
  const ctx = await getAuthoringContext("/courses");
  const { t, user, L } = ctx;
  const seesAll = ctx.allowed && can(user, "course:list-all");
  const courses = ctx.allowed ? await listAuthoredCourses({ db: getDb(), actor: user }) : [];
  const canCreate = can(user, "course:create");
  return (
    <SectionShell ctx={ctx} brandHref="/trainer">
      <section className="stack" aria-labelledby="courses-title">
        <div className="row wrap space-between">
          <h1 id="courses-title">{t(seesAll ? "authoring.courses.allTitle" : "authoring.courses.title")}</h1>
          {canCreate && (
            <a className="button" href="/trainer/courses/new">
              {t("authoring.courses.new")}
            </a>
          )}
        </div>
        {can(user, "course:unpublish-any") && !can(user, "course:edit-any") && (
          <p className="muted">{t("authoring.courses.moderatorHint")}</p>
        )}
        {courses.length === 0 && <p className="muted">{t("authoring.courses.empty")}</p>}
        <ul className="grid">
          {courses.map((course) => {
            const editable = can(user, "course:edit", { ownerId: course.authorId });
            return (
              <li key={course.id} className="card stack course-row">
                <h2 className="course-card-title">
                  {editable ? <a href={`/trainer/courses/${course.id}`}>{course.title}</a> : course.title}
                </h2>
                <p className="row wrap">
                  <span className={`badge ${course.isPublished ? "badge-completed" : ""}`}>
                    {t(course.isPublished ? "authoring.status.published" : "authoring.status.draft")}
                  </span>
                  <span className="badge">{t(`authoring.visibility.${course.visibility}`)}</span>
                  <span className="badge">{t(`level.${course.level}`)}</span>
                </p>
                <p className="small muted">
                  {t("authoring.courses.days", { count: course._count.days })} ·{" "}
                  {t("authoring.courses.students", { count: course._count.enrollments })}
                  {seesAll && (
                    <>
                      {" · "}
                      {t("authoring.courses.author", { name: course.author.name })}
                    </>
                  )}
                </p>
                {/* Rendered for drafts too, so the result message survives the refresh after unpublishing. */}
                {!editable && can(user, "course:unpublish", { ownerId: course.authorId }) && (
                  <PublishControls courseId={course.id} isPublished={course.isPublished} canPublish={false} L={L} />
                )}
              </li>
            );
          })}
        </ul>
      </section>
    </SectionShell>
  );
}
