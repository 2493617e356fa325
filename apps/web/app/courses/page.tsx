import { listCatalog, listRecommendations, ZCatalogQuery } from "@gafus/core";
import { getDb } from "@gafus/prisma";
import type { Metadata } from "next";
import { CatalogFilters } from "@/modules/courses/catalog-filters";
import { CourseCard } from "@/modules/courses/course-card";
import { RecommendedCourses } from "@/modules/insights/recommended-courses";
import { WebShell } from "@/modules/shell";
import { getPageContext } from "@/server/page-context";

export const metadata: Metadata = { title: "Courses" };

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CatalogPage({ searchParams }: TProps) {
  const ctx = await getPageContext("/courses");
  const raw = Object.fromEntries(
    Object.entries(await searchParams).flatMap(([k, v]) => (typeof v === "string" && v !== "" ? [[k, v]] : [])),
  );
  // Unknown or malformed filters are dropped rather than failing the page: links in the wild may be stale.
  const parsed = ZCatalogQuery.safeParse(raw);
  const query = parsed.success ? parsed.data : ZCatalogQuery.parse({});
  const courses = await listCatalog({ db: getDb(), viewer: ctx.user, query });
  const recommended = ctx.user ? await listRecommendations({ db: getDb(), viewer: ctx.user }) : [];
  const { t } = ctx;
  return (
    <WebShell ctx={ctx}>
      <section className="stack" aria-labelledby="catalog-title">
        <h1 id="catalog-title">{t("catalog.title")}</h1>
        <RecommendedCourses courses={recommended} t={t} />
        <CatalogFilters t={t} query={query} signedIn={Boolean(ctx.user)} />
        {courses.length === 0 ? (
          <p className="muted">{t("catalog.empty")}</p>
        ) : (
          <div className="grid">
            {courses.map((course) => (
              <CourseCard key={course.id} course={course} t={t} />
            ))}
          </div>
        )}
      </section>
    </WebShell>
  );
}
