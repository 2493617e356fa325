import { getCourse, listPets } from "@gafus/core";
import { getDb } from "@gafus/prisma";
import { DayList } from "@/modules/courses/day-list";
import { EnrollForm } from "@/modules/courses/enroll-form";
import { FavoriteButton } from "@/modules/courses/favorite-button";
import { ReviewForm } from "@/modules/courses/review-form";
import { Markdown } from "@/modules/common/markdown";
import { RefusalCard } from "@/modules/common/refusal-card";
import { WebShell } from "@/modules/shell";
import { getPageContext } from "@/server/page-context";
import { loadOrRefuse } from "@/server/page-errors";

export const dynamic = "force-dynamic";

export default async function CoursePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await getPageContext(`/courses/${slug}`);
  const { t, user } = ctx;
  const { data: course, refusal } = await loadOrRefuse(() =>
    getCourse({
      db: getDb(),
      viewer: user,
      slug,
      names: { student: user?.name ?? "", petFallback: t("common.yourDog") },
    }),
  );
  if (!course)
    return (
      <WebShell ctx={ctx}>
        <RefusalCard t={t} error={refusal} />
      </WebShell>
    );
  const pets = user ? await listPets({ db: getDb(), ownerId: user.id }) : [];
  const nextDay = course.days.find((d) => d.state === "open");
  const myReview = course.reviews.find((r) => r.isMine);

  return (
    <WebShell ctx={ctx}>
      <article className="stack course-page">
        <header className="stack">
          <p className="muted small">
            {t(`level.${course.level}`)} · {t("catalog.by", { name: course.authorName })}
          </p>
          <h1>{course.title}</h1>
          <p className="lead">{course.shortDescription}</p>
          {user && (
            <FavoriteButton
              slug={course.slug}
              initial={course.isFavorite}
              labels={{ add: t("course.favorite"), remove: t("course.unfavorite") }}
            />
          )}
        </header>

        <section className="card stack" aria-label={t("course.enroll")}>
          {course.enrollment ? (
            <>
              <p>
                <strong>{course.enrollment.completedAt ? t("course.completed") : t("course.enrolled")}</strong>
                {course.enrollment.pet && <> · {course.enrollment.pet.name}</>}
              </p>
              <div
                className="progress"
                role="progressbar"
                aria-valuenow={course.enrollment.progress}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-label={t("course.progress", { percent: course.enrollment.progress })}
              >
                <span style={{ width: `${course.enrollment.progress}%` }} />
              </div>
              <p className="small">{t("course.progress", { percent: course.enrollment.progress })}</p>
              {nextDay && (
                <p>
                  <a className="button" href={`/courses/${course.slug}/days/${nextDay.number}`}>
                    {t("course.continue", { day: nextDay.number })}
                  </a>
                </p>
              )}
            </>
          ) : user ? (
            <>
              <EnrollForm
                slug={course.slug}
                pets={pets}
                labels={{
                  enrollWith: t("course.enrollWith"),
                  noPet: t("course.noPet"),
                  submit: t("course.enroll"),
                }}
              />
              <p className="small">
                <a href="/pets">{t("course.addPet")}</a>
              </p>
            </>
          ) : (
            <a className="button" href={`/login?callbackUrl=${encodeURIComponent(`/courses/${course.slug}`)}`}>
              {t("course.signInToEnroll")}
            </a>
          )}
        </section>

        <Markdown>{course.description}</Markdown>

        <section className="stack" aria-labelledby="days-title">
          <h2 id="days-title">{t("course.days")}</h2>
          <DayList course={course} t={t} />
        </section>

        <section className="stack" aria-labelledby="reviews-title">
          <h2 id="reviews-title">{t("course.reviews")}</h2>
          {course.reviews.length === 0 && <p className="muted">{t("course.noReviews")}</p>}
          <ul className="reviews">
            {course.reviews.map((review) => (
              <li key={review.id} className="card">
                <p>
                  <strong>{review.authorName}</strong> ·{" "}
                  <span aria-label={`${t("course.rating")}: ${review.rating}/5`}>
                    {"★".repeat(review.rating)}
                    {"☆".repeat(5 - review.rating)}
                  </span>
                </p>
                {review.text && <p>{review.text}</p>}
              </li>
            ))}
          </ul>
          {course.enrollment && (
            <ReviewForm
              slug={course.slug}
              initial={myReview ? { rating: myReview.rating, text: myReview.text } : null}
              labels={{
                title: t("course.yourReview"),
                rating: t("course.rating"),
                text: t("course.reviewText"),
                save: t("course.saveReview"),
                saved: t("course.reviewSaved"),
              }}
            />
          )}
        </section>
      </article>
    </WebShell>
  );
}
