import type { TTrainingDay } from "@gafus/core";
import { StepCard as SharedStepCard } from "@gafus/ui/content";
import type { TTranslate } from "@gafus/ui/i18n";
import { CompleteButton } from "./complete-button";
import { DiaryForm } from "./diary-form";
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

/**
 * One step of a day: the shared card (@gafus/ui/content, the same one the trainer's preview renders) with what the
 * step asks the student to do, by type.
 */
export function StepCard({ step, refs, t }: { step: TStep; refs: { slug: string; day: number }; t: TTranslate }) {
  const ref = { ...refs, step: step.number };
  const done = step.status === "COMPLETED";
  const exam = step.exam;
  const canResubmit = exam?.latest?.status === "REJECTED";
  return (
    <SharedStepCard step={step} t={t} id={`step-${step.number}`} status={step.status}>
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
    </SharedStepCard>
  );
}
