import type { ReactNode } from "react";
import { HlsPlayer } from "../client/hls-player";
import type { TTranslate } from "../i18n/translate";
import { embedUrl } from "./embed-url";
import { Markdown } from "./markdown";

export type TStepType = "TRAINING" | "PRACTICE" | "THEORY" | "BREAK" | "EXAMINATION" | "DIARY";
export type TStepStatus = "NOT_STARTED" | "IN_PROGRESS" | "PAUSED" | "COMPLETED";

/** What a trainer wrote for a step, as both the student's day page and the trainer's preview have it. */
export type TStepCardStep = {
  number: number;
  type: TStepType;
  title: string;
  content: string;
  videoUrl: string | null;
  videoAssetId: string | null;
  imageUrls: string[];
  pdfUrls: string[];
  checklist: string[];
};

/**
 * One step of a day as the student sees it: its type, title, text, videos, images, PDFs and checklist, then
 * `children` — what the step asks the student to do (the day page's timer, exam or diary; the preview's inert
 * stand-ins). The trainer's preview renders it `readOnly`: the checklist cannot be ticked and our own video shows as
 * a note, since it may still be processing.
 */
export function StepCard({
  step,
  t,
  id,
  headingLevel = 2,
  status,
  readOnly = false,
  children,
}: {
  step: TStepCardStep;
  t: TTranslate;
  /** The card's element id; its heading's is `${id}-title`. */
  id: string;
  headingLevel?: 2 | 3;
  /** The student's progress; a preview has none. */
  status?: TStepStatus;
  readOnly?: boolean;
  children?: ReactNode;
}) {
  const Heading = headingLevel === 3 ? "h3" : "h2";
  const done = status === "COMPLETED";
  const video = step.videoUrl ? embedUrl(step.videoUrl) : null;
  const videoTitle = `${t("step.video")}: ${step.title}`;
  return (
    <li
      className={status ? `card step step-${done ? "done" : "open"}` : "card step"}
      id={id}
      aria-labelledby={`${id}-title`}
    >
      <div className="step-head">
        <span className="tag">{t(`stepType.${step.type}`)}</span>
        {status && <span className={`badge ${done ? "badge-completed" : ""}`}>{t(`step.status.${status}`)}</span>}
      </div>
      <Heading id={`${id}-title`}>
        {step.number}. {step.title}
      </Heading>
      {step.content && <Markdown>{step.content}</Markdown>}
      {step.videoAssetId &&
        (readOnly ? (
          <p className="muted small">🎬 {t("authoring.field.video")}</p>
        ) : (
          <HlsPlayer
            src={`/media/${step.videoAssetId}/master.m3u8`}
            poster={`/media/${step.videoAssetId}/thumb.jpg`}
            title={videoTitle}
            errorText={t("videos.playError")}
          />
        ))}
      {video && (
        <iframe
          className="video"
          src={video}
          title={videoTitle}
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
        <fieldset className="checklist" disabled={readOnly}>
          <legend>{t("step.checklist")}</legend>
          {step.checklist.map((item, i) => (
            <label key={i}>
              <input type="checkbox" /> {item}
            </label>
          ))}
        </fieldset>
      )}
      {children}
    </li>
  );
}
