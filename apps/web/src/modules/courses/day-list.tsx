import type { TCoursePage } from "@gafus/core";
import type { TTranslate } from "@gafus/ui/i18n";

/** The course's days in order, each with its state; open and completed days link to their page. */
export function DayList({ course, t }: { course: TCoursePage; t: TTranslate }) {
  return (
    <ol className="day-list">
      {course.days.map((day) => {
        const canOpen = course.enrollment && day.state !== "locked";
        return (
          <li key={day.number} className={`day-item day-${day.state}`}>
            <div>
              <p className="small muted">
                {t(`dayType.${day.type}`)} · {t("course.steps", { count: day.stepCount })}
              </p>
              {canOpen ? (
                <a href={`/courses/${course.slug}/days/${day.number}`}>{day.title}</a>
              ) : (
                <span>{day.title}</span>
              )}
              {day.state === "locked" && course.enrollment && (
                <p className="small muted">{t("course.dayLockedHint")}</p>
              )}
            </div>
            <span className={`badge badge-${day.state}`}>{t(`course.dayState.${day.state}`)}</span>
          </li>
        );
      })}
    </ol>
  );
}
