import { aiEnv } from "@gafus/config";
import { AppError, isUuid, loadExamForReview, ZQuiz } from "@gafus/core";
import { getDb } from "@gafus/prisma";
import { SectionShell } from "@gafus/ui";
import { notFound } from "next/navigation";
import { DraftFeedbackButton } from "@/modules/ai/draft-feedback-button";
import { ReviewForm } from "@/modules/exams/review-form";
import { getPageContext } from "@/server/page-context";

export const dynamic = "force-dynamic";

async function load(actor: Parameters<typeof loadExamForReview>[1], id: string) {
  try {
    return await loadExamForReview(getDb(), actor, id);
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
}

export default async function ExamPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await getPageContext(`/exams/${id}`);
  const { t } = ctx;
  if (!ctx.allowed)
    return (
      <SectionShell ctx={ctx} brandHref="/trainer">
        {null}
      </SectionShell>
    );
  if (!isUuid(id)) notFound();
  const exam = await load(ctx.user, id);
  const quiz = ZQuiz.parse(exam.userStep.stepOnDay.step.quiz ?? {});
  const answers = (exam.answers ?? {}) as Record<string, string[]>;
  const statusText = { PENDING: t("exam.pending"), APPROVED: t("exam.approved"), REJECTED: t("exam.rejected") }[
    exam.status
  ];
  return (
    <SectionShell ctx={ctx} brandHref="/trainer">
      <article className="stack narrow-wide">
        <p>
          <a href="/trainer/exams">← {t("trainer.exams")}</a>
        </p>
        <h1>{exam.userStep.stepOnDay.step.title}</h1>
        <p className="muted">
          {t("trainer.student")}: <strong>{exam.user.name}</strong> · {exam.userStep.dayOnCourse.course.title} ·{" "}
          {exam.createdAt.toLocaleString(ctx.locale, { timeZone: ctx.user.timezone })}
        </p>
        <p className={`alert ${exam.status === "REJECTED" ? "error" : "success"}`} role="status">
          {statusText}
          {exam.reviewComment && ` — ${exam.reviewComment}`}
        </p>
        {quiz.questions.length > 0 && (
          <section className="card stack" aria-labelledby="answers-title">
            <h2 id="answers-title">
              {t("trainer.answers")} ·{" "}
              {t("exam.score", { score: exam.score ?? 0, max: exam.maxScore ?? quiz.questions.length })}
            </h2>
            <ol>
              {quiz.questions.map((q) => {
                const chosen = answers[q.id] ?? [];
                const right = chosen.length === q.correct.length && q.correct.every((c) => chosen.includes(c));
                return (
                  <li key={q.id}>
                    <p>{q.text}</p>
                    <p className={right ? "good" : "bad"}>
                      {right ? "✓ " : "✗ "}
                      {q.options
                        .filter((o) => chosen.includes(o.id))
                        .map((o) => o.text)
                        .join(", ") || "—"}
                      <span className="visually-hidden">{right ? t("trainer.correct") : t("trainer.wrong")}</span>
                    </p>
                  </li>
                );
              })}
            </ol>
          </section>
        )}
        {exam.writtenAnswer && (
          <section className="card stack" aria-labelledby="written-title">
            <h2 id="written-title">{t("exam.written")}</h2>
            <p className="pre-wrap">{exam.writtenAnswer}</p>
          </section>
        )}
        <section className="card stack" aria-labelledby="video-title">
          <h2 id="video-title">{t("exam.video")}</h2>
          {exam.videoKey ? (
            <video
              className="exam-video"
              controls
              preload="metadata"
              src={`/trainer/api/exams/${exam.id}/video`}
              aria-labelledby="video-title"
            />
          ) : (
            <p className="muted">{t("trainer.noVideo")}</p>
          )}
        </section>
        {exam.status === "PENDING" && (
          <DraftFeedbackButton
            examId={exam.id}
            isConfigured={Boolean(aiEnv().AI_BASE_URL)}
            labels={{
              draft: t("insights.ai.draft"),
              working: t("insights.ai.drafting"),
              done: t("insights.ai.drafted"),
              notConfigured: t("insights.ai.notConfigured"),
              failed: t("insights.ai.failed"),
            }}
          />
        )}
        {exam.status === "PENDING" && (
          <ReviewForm
            examId={exam.id}
            labels={{
              comment: t("trainer.comment"),
              approve: t("trainer.approve"),
              reject: t("trainer.reject"),
            }}
          />
        )}
      </article>
    </SectionShell>
  );
}
