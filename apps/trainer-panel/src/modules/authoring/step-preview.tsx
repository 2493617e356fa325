import type { TCoursePreview } from "@gafus/core";
import { embedUrl, Markdown } from "@gafus/ui/content";
import type { TTranslate } from "@gafus/ui/i18n";

type TStep = TCoursePreview["days"][number]["steps"][number];

const minutes = (sec: number) => `${Math.floor(sec / 60)}:${String(sec % 60).padStart(2, "0")}`;

/**
 * One step as the student's day page draws it, with the same content renderer (@gafus/ui/content), but every
 * control inert: a preview records nothing.
 */
export function StepPreview({ step, t }: { step: TStep; t: TTranslate }) {
  const video = step.videoUrl ? embedUrl(step.videoUrl) : null;
  const id = `preview-step-${step.id}-${step.number}`;
  return (
    <li className="card step" aria-labelledby={id}>
      <div className="step-head">
        <span className="tag">{t(`stepType.${step.type}`)}</span>
      </div>
      <h3 id={id}>
        {step.number}. {step.title}
      </h3>
      {step.content && <Markdown>{step.content}</Markdown>}
      {video && (
        <iframe
          className="video"
          src={video}
          title={`${t("step.video")}: ${step.title}`}
          allow="fullscreen; picture-in-picture"
          loading="lazy"
        />
      )}
      {step.videoAssetId && <p className="muted small">🎬 {t("authoring.field.video")}</p>}
      {step.imageUrls.length > 0 && (
        <div className="step-images">
          {step.imageUrls.map((src) => (
            <img key={src} src={src} alt="" loading="lazy" />
          ))}
        </div>
      )}
      {step.checklist.length > 0 && (
        <fieldset className="checklist" disabled>
          <legend>{t("step.checklist")}</legend>
          {step.checklist.map((item, i) => (
            <label key={i}>
              <input type="checkbox" /> {item}
            </label>
          ))}
        </fieldset>
      )}
      {step.type === "TRAINING" && step.durationSec && (
        <div className="timer">
          <p className="timer-display" aria-label={t("timer.label")}>
            {minutes(step.durationSec)}
          </p>
        </div>
      )}
      {step.quiz && step.quiz.questions.length > 0 && (
        <fieldset className="stack" disabled>
          <legend>{t("exam.quiz")}</legend>
          {step.quiz.questions.map((q) => (
            <div key={q.id} className="question">
              <p>{q.text}</p>
              {q.options.map((o) => (
                <label key={o.id} className="option">
                  <input type={q.multiple ? "checkbox" : "radio"} name={`${id}-${q.id}`} /> {o.text}
                </label>
              ))}
            </div>
          ))}
        </fieldset>
      )}
      {step.requiresWrittenAnswer && <p className="muted small">✍ {t("exam.written")}</p>}
      {step.requiresVideo && <p className="muted small">🎥 {t("exam.video")}</p>}
      {step.type === "DIARY" && <p className="muted small">{t("diary.placeholder")}</p>}
    </li>
  );
}
