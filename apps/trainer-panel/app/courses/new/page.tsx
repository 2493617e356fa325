import { can } from "@gafus/auth";
import { SectionShell } from "@gafus/ui";
import type { Metadata } from "next";
import "@/modules/authoring/authoring.css";
import { CourseForm } from "@/modules/authoring/course-form";
import { Refusal } from "@/modules/authoring/refusal";
import { getAuthoringContext } from "@/modules/authoring/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New course · Gafus" };

export default async function NewCoursePage() {
  const ctx = await getAuthoringContext("/courses/new");
  const { t, L } = ctx;
  return (
    <SectionShell ctx={ctx} brandHref="/trainer">
      {can(ctx.user, "course:create") ? (
        <div className="stack narrow-wide">
          <p>
            <a href="/trainer/courses">← {t("authoring.backToCourses")}</a>
          </p>
          <h1>{t("authoring.courses.new")}</h1>
          <CourseForm L={L} />
        </div>
      ) : (
        <Refusal t={t} />
      )}
    </SectionShell>
  );
}
