import type { TTranslate } from "../i18n/translate";
import { QuizQuestions, type TQuizQuestion } from "./quiz-questions";
import type { TStepType } from "./step-card";

const clock = (sec: number) => `${Math.floor(sec / 60)}:${String(sec % 60).padStart(2, "0")}`;

/**
 * What a step asks the student to do, inert, for the trainer's preview inside a StepCard: the timer's full time,
 * the exam's questions (disabled), what the answer must include, and the diary's prompt. A preview records nothing.
 */
export function StepTaskPreview({
  step,
  t,
  id,
}: {
  step: {
    type: TStepType;
    durationSec: number | null;
    quiz: { questions: TQuizQuestion[] } | null;
    requiresWrittenAnswer: boolean;
    requiresVideo: boolean;
  };
  t: TTranslate;
  /** Unique on the page: radio groups of different steps must not share a name. */
  id: string;
}) {
  return (
    <>
      {step.type === "TRAINING" && step.durationSec ? (
        <div className="timer">
          <p className="timer-display" aria-label={t("timer.label")}>
            {clock(step.durationSec)}
          </p>
        </div>
      ) : null}
      {step.quiz && step.quiz.questions.length > 0 && (
        <fieldset className="stack" disabled>
          <legend>{t("exam.quiz")}</legend>
          <QuizQuestions questions={step.quiz.questions} namePrefix={id} />
        </fieldset>
      )}
      {step.requiresWrittenAnswer && <p className="muted small">✍ {t("exam.written")}</p>}
      {step.requiresVideo && <p className="muted small">🎥 {t("exam.video")}</p>}
      {step.type === "DIARY" && <p className="muted small">{t("diary.placeholder")}</p>}
    </>
  );
}
