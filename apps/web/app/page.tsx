import { listCatalog, ZCatalogQuery } from "@gafus/core";
import { getDb } from "@gafus/prisma";
import { CourseCard } from "@/modules/courses/course-card";
import { WebShell } from "@/modules/shell";
import { getPageContext } from "@/server/page-context";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const ctx = await getPageContext("/");
  const { t, user } = ctx;
  const courses = await listCatalog({
    db: getDb(),
    viewer: user,
    query: ZCatalogQuery.parse({ sort: user ? "progress" : "new" }),
  });
  const mine = courses.filter((c) => c.isEnrolled);
  const shown = mine.length ? mine : courses.slice(0, 6);
  return (
    <WebShell ctx={ctx}>
      <section className="stack">
        <h1>{user ? t("home.hello", { name: user.name }) : t("brand.tagline")}</h1>
        <p className="lead">{t("home.lead")}</p>
        {!user && (
          <p>
            {t("home.guestCta")}{" "}
            <a className="button" href="/register">
              {t("auth.register")}
            </a>
          </p>
        )}
        <div className="row space-between">
          <h2>{mine.length ? t("home.myCourses") : t("catalog.title")}</h2>
          <a href="/courses">{t("home.allCourses")} →</a>
        </div>
        <div className="grid">
          {shown.map((course) => (
            <CourseCard key={course.id} course={course} t={t} />
          ))}
        </div>
      </section>
    </WebShell>
  );
}
