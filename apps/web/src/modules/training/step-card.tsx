import type { TTrainingDay } from "@gafus/core";
import { HlsPlayer } from "@gafus/ui/client";
import type { TTranslate } from "@gafus/ui/i18n";
import { Markdown } from "../common/markdown";
import { CompleteButton } from "./complete-button";
import { DiaryForm } from "./diary-form";
import { embedUrl } from "./embed-url";
import { ExamForm } from "./exam-form";
import { TrainingStep } from "./training-step";

type TStep = TTrainingDay["steps"][number];

function ExamResult({ exam, t }: { exam: NonNullable<NonNullable<TStep["exam"]>["latest"]>; t: TTranslate }) {
  const text = { PENDING: t("exam.pending"), APPROVED: t("exam.approved"), REJECTED: t("exam.rejected") }[exam.status];
  return (
    <div className={`alert ${exam.status === "REJECTED" ? "error" : "success"}`} role="status">
      <p>{text}</p>
      {exam.maxScore !== null && <p>{t("exam.score", { score: exam.score ?? 0, max: exam.maxScore })}</p>}
      {exam.reviewComment && (
        <p>
          <strong>{t("exam.comment")}:</strong> {exam.reviewComment}
        </p>
      )}
    </div>
  );
}

/** One step of a day: its content and whatever it asks the student to do, by type. */
export function StepCard({ step, refs, t }: { step: TStep; refs: { slug: string; day: number }; t: TTranslate }) {
  const ref = { ...refs, step: step.number };
  const done = step.status === "COMPLETED";
  const video = step.videoUrl ? embedUrl(step.videoUrl) : null;
  const exam = step.exam;
  const canResubmit = exam?.latest?.status === "REJECTED";
  return (
    <li
      className={`card step step-${done ? "done" : "open"}`}
      id={`step-${step.number}`}
      aria-labelledby={`step-${step.number}-title`}
    >
      <div className="step-head">
        <span className="tag">{t(`stepType.${step.type}`)}</span>
        <span className={`badge ${done ? "badge-completed" : ""}`}>{t(`step.status.${step.status}`)}</span>
      </div>
      <h2 id={`step-${step.number}-title`}>
        {step.number}. {step.title}
      </h2>
      {step.content && <Markdown>{step.content}</Markdown>}
      {step.videoAssetId && (
        <HlsPlayer
          src={`/media/${step.videoAssetId}/master.m3u8`}
          poster={`/media/${step.videoAssetId}/thumb.jpg`}
          title={`${t("step.video")}: ${step.title}`}
          errorText={t("videos.playError")}
        />
      )}
      {video && (
        <iframe
          className="video"
          src={video}
          title={`${t("step.video")}: ${step.title}`}
          allow="fullscreen; picture-in-picture"
          loading="lazy"
        />
      )}
      {step.imageUrls.length > 0 && (
        <div className="step-images">
          {step.imageUrls.map((src) => (
            <img key={src} src={src} alt="" loading="lazy" />
          ))}
        </div>
      )}
      {step.pdfUrls.length > 0 && (
        <ul>
          {step.pdfUrls.map((href) => (
            <li key={href}>
              <a href={href} target="_blank" rel="noopener noreferrer">
                PDF: {decodeURIComponent(href.split("/").pop() ?? href)}
              </a>
            </li>
          ))}
        </ul>
      )}
      {step.checklist.length > 0 && (
        <fieldset className="checklist">
          <legend>{t("step.checklist")}</legend>
          {step.checklist.map((item, i) => (
            <label key={i}>
              <input type="checkbox" /> {item}
            </label>
          ))}
        </fieldset>
      )}
      {step.type === "TRAINING" && step.timer && (
        <TrainingStep
          refs={ref}
          initial={step.timer}
          completed={done}
          labels={{
            label: t("timer.label"),
            start: t("timer.start"),
            pause: t("timer.pause"),
            resume: t("timer.resume"),
            reset: t("timer.reset"),
            finished: t("timer.finished"),
            done: t("step.markDone"),
          }}
        />
      )}
      {!done &&
        (step.type === "THEORY" ||
          step.type === "PRACTICE" ||
          step.type === "BREAK" ||
          (step.type === "TRAINING" && !step.timer)) && (
          <CompleteButton refs={ref} label={step.type === "THEORY" ? t("step.markRead") : t("step.markDone")} />
        )}
      {step.type === "DIARY" && !done && (
        <DiaryForm
          refs={ref}
          labels={{
            label: t("diary.entry"),
            placeholder: t("diary.placeholder"),
            save: t("diary.save"),
          }}
        />
      )}
      {exam?.latest && <ExamResult exam={exam.latest} t={t} />}
      {exam && (!exam.latest || canResubmit) && (
        <ExamForm
          refs={ref}
          questions={exam.quiz.questions}
          requiresWrittenAnswer={exam.requiresWrittenAnswer}
          requiresVideo={exam.requiresVideo}
          labels={{
            quiz: t("exam.quiz"),
            written: t("exam.written"),
            video: t("exam.video"),
            videoHint: t("exam.videoHint"),
            record: t("exam.record"),
            stop: t("exam.stopRecording"),
            uploading: t("exam.uploading"),
            uploaded: t("exam.uploaded"),
            submit: canResubmit ? t("exam.resubmit") : t("exam.submit"),
            answerAll: t("exam.answerAll"),
          }}
        />
      )}
    </li>
  );
}
