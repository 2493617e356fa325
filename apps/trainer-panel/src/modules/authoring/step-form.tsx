"use client";

import { useHydrated } from "@gafus/ui/client";
import { useState, type FormEvent } from "react";
import { SuggestText } from "@/modules/ai/suggest-text";
import { FieldFrame, fieldAria, FormStatus } from "./fields";
import { fmt, type TLabels } from "./labels";
import { QuizEditor, type TQuizQuestion } from "./quiz-editor";
import { useAction } from "./use-action";

const STEP_TYPES = ["TRAINING", "PRACTICE", "THEORY", "BREAK", "EXAMINATION", "DIARY"];

export type TStepValues = {
  id?: string;
  title: string;
  type: string;
  content: string;
  durationSec: number | null;
  videoUrl: string | null;
  videoAssetId: string | null;
  checklist: string[];
  quiz: { questions: TQuizQuestion[] } | null;
  requiresWrittenAnswer: boolean;
  requiresVideo: boolean;
};

type TProps = {
  step: TStepValues;
  dayId: string;
  /** Where to go after creating a step. */
  backHref: string;
  videos: { id: string; title: string }[];
  /** Whether an AI endpoint is configured; the text assistant is offered on saved steps only (it needs an id). */
  aiConfigured?: boolean;
  L: TLabels;
};

/** Creates or edits a step of any type; type-specific fields appear for the chosen type. */
export function StepForm({ step, dayId, backHref, videos, aiConfigured = false, L }: TProps) {
  const hydrated = useHydrated();
  const { busy, errors, status, run } = useAction(L);
  const [type, setType] = useState(step.type);
  const [questions, setQuestions] = useState<TQuizQuestion[]>(step.quiz?.questions ?? []);
  const [content, setContent] = useState(step.content);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const duration = String(data.get("durationSec") ?? "").trim();
    const body = {
      title: String(data.get("title") ?? ""),
      type,
      content: String(data.get("content") ?? ""),
      durationSec: type === "TRAINING" && duration ? Number(duration) : null,
      videoUrl: String(data.get("videoUrl") ?? "").trim(),
      videoAssetId: String(data.get("videoAssetId") ?? "") || null,
      checklist: String(data.get("checklist") ?? "")
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean),
      quiz: type === "EXAMINATION" ? { questions } : null,
      requiresWrittenAnswer: type === "EXAMINATION" && data.get("requiresWrittenAnswer") === "on",
      requiresVideo: type === "EXAMINATION" && data.get("requiresVideo") === "on",
    };
    if (step.id) await run(`/steps/${step.id}`, "PATCH", body, { success: fmt(L, "authoring.saved") });
    else await run(`/days/${dayId}/steps`, "POST", body, { goTo: () => backHref });
  }

  return (
    <form className="card stack" onSubmit={submit} noValidate aria-labelledby="step-form-title">
      <h2 id="step-form-title">{fmt(L, step.id ? "authoring.step.details" : "authoring.step.new")}</h2>
      <FormStatus status={status} />
      <FieldFrame id="title" label={fmt(L, "authoring.field.title")} error={errors.title}>
        <input {...fieldAria("title", undefined, errors.title)} defaultValue={step.title} required maxLength={200} />
      </FieldFrame>
      <FieldFrame id="type" label={fmt(L, "authoring.field.stepType")} error={errors.type}>
        <select {...fieldAria("type", undefined, errors.type)} value={type} onChange={(e) => setType(e.target.value)}>
          {STEP_TYPES.map((t) => (
            <option key={t} value={t}>
              {fmt(L, `stepType.${t}`)}
            </option>
          ))}
        </select>
      </FieldFrame>
      {type === "TRAINING" && (
        <FieldFrame id="durationSec" label={fmt(L, "authoring.field.duration")} error={errors.durationSec}>
          <input
            {...fieldAria("durationSec", undefined, errors.durationSec)}
            type="number"
            inputMode="numeric"
            min={5}
            max={7200}
            defaultValue={step.durationSec ?? 60}
          />
        </FieldFrame>
      )}
      <FieldFrame id="content" label={fmt(L, "authoring.field.content")} error={errors.content}>
        <textarea
          {...fieldAria("content", undefined, errors.content)}
          value={content}
          onChange={(e) => setContent(e.target.value)}
          rows={6}
        />
      </FieldFrame>
      {step.id && (
        <SuggestText
          subjectId={step.id}
          initialText={content}
          isConfigured={aiConfigured}
          onUse={setContent}
          headingLevel={3}
          labels={{
            title: fmt(L, "insights.ai.suggestTitle"),
            text: fmt(L, "insights.ai.suggestLabel"),
            suggest: fmt(L, "insights.ai.suggest"),
            working: fmt(L, "insights.ai.drafting"),
            suggestion: fmt(L, "insights.ai.suggestion"),
            use: fmt(L, "insights.ai.use"),
            copied: fmt(L, "insights.ai.copied"),
            notConfigured: fmt(L, "insights.ai.notConfigured"),
            failed: fmt(L, "insights.ai.failed"),
          }}
        />
      )}
      <FieldFrame
        id="videoAssetId"
        label={fmt(L, "authoring.field.video")}
        hint={fmt(L, "authoring.field.videoHint")}
        error={errors.videoAssetId}
      >
        <select
          {...fieldAria("videoAssetId", fmt(L, "authoring.field.videoHint"), errors.videoAssetId)}
          defaultValue={step.videoAssetId ?? ""}
        >
          <option value="">{fmt(L, "authoring.field.videoNone")}</option>
          {videos.map((v) => (
            <option key={v.id} value={v.id}>
              {v.title}
            </option>
          ))}
        </select>
      </FieldFrame>
      <FieldFrame id="videoUrl" label={fmt(L, "authoring.field.videoUrl")} error={errors.videoUrl}>
        <input {...fieldAria("videoUrl", undefined, errors.videoUrl)} type="url" defaultValue={step.videoUrl ?? ""} />
      </FieldFrame>
      <FieldFrame id="checklist" label={fmt(L, "authoring.field.checklist")} error={errors.checklist}>
        <textarea
          {...fieldAria("checklist", undefined, errors.checklist)}
          defaultValue={step.checklist.join("\n")}
          rows={3}
        />
      </FieldFrame>
      {type === "EXAMINATION" && (
        <>
          <QuizEditor questions={questions} onChange={setQuestions} errors={errors} L={L} />
          {errors.quiz && (
            <p className="alert error" role="alert">
              {errors.quiz.join(" ")}
            </p>
          )}
          <div className="field checkbox">
            <input
              id="requiresWrittenAnswer"
              name="requiresWrittenAnswer"
              type="checkbox"
              defaultChecked={step.requiresWrittenAnswer}
            />
            <label htmlFor="requiresWrittenAnswer">{fmt(L, "authoring.field.requiresWritten")}</label>
          </div>
          <div className="field checkbox">
            <input id="requiresVideo" name="requiresVideo" type="checkbox" defaultChecked={step.requiresVideo} />
            <label htmlFor="requiresVideo">{fmt(L, "authoring.field.requiresVideo")}</label>
          </div>
        </>
      )}
      <button className="button" type="submit" disabled={busy || !hydrated}>
        {step.id ? fmt(L, "authoring.save") : fmt(L, "authoring.create")}
      </button>
    </form>
  );
}
