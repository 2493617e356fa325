import type { TCatalogItem } from "@gafus/core";
import type { TTranslate } from "@gafus/ui/i18n";

export function CourseCard({ course, t }: { course: TCatalogItem; t: TTranslate }) {
  const rating = course.rating.average;
  return (
    <article className="card course-card">
      <h2 className="course-card-title">
        <a href={`/courses/${course.slug}`}>{course.title}</a>
      </h2>
      <p className="muted small">
        {t(`level.${course.level}`)} · {t("catalog.days", { count: course.dayCount })} ·{" "}
        {t("catalog.by", { name: course.authorName })}
        {course.visibility === "PRIVATE" && <span className="tag">{t("catalog.private")}</span>}
        {course.isFavorite && (
          <span className="tag" aria-label={t("course.unfavorite")}>
            ★
          </span>
        )}
      </p>
      <p>{course.shortDescription}</p>
      <p className="small">
        {rating === null
          ? t("catalog.noRating")
          : t("catalog.rating", { rating: rating.toFixed(1), count: course.rating.count })}
      </p>
      {course.progress !== null && (
        <div
          className="progress"
          role="progressbar"
          aria-valuenow={course.progress}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-label={t("course.progress", { percent: course.progress })}
        >
          <span style={{ width: `${course.progress}%` }} />
        </div>
      )}
    </article>
  );
}
