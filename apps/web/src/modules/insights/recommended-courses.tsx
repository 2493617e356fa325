import type { TReason } from "@gafus/core";
import type { TTranslate } from "@gafus/ui/i18n";

type TRecommended = { id: string; slug: string; title: string; shortDescription: string; reason: TReason };

export function reasonText(t: TTranslate, reason: TReason): string {
  if (reason.kind === "popular") return t("insights.web.reason.popular");
  return t(reason.kind === "similar" ? "insights.web.reason.similar" : "insights.web.reason.together", {
    title: reason.title,
  });
}

/** "Recommended for you" above the catalog, each with why (built-in recommender, refreshed by the worker). */
export function RecommendedCourses({ courses, t }: { courses: TRecommended[]; t: TTranslate }) {
  if (courses.length === 0) return null;
  return (
    <section className="stack" aria-labelledby="recommended-title" data-testid="recommended">
      <h2 id="recommended-title">{t("insights.web.recommended")}</h2>
      <ul className="grid" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {courses.map((course) => (
          <li key={course.id} className="card stack">
            <h3 className="course-card-title">
              <a href={`/courses/${course.slug}`}>{course.title}</a>
            </h3>
            <p className="muted">{course.shortDescription}</p>
            <p className="small">{reasonText(t, course.reason)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
