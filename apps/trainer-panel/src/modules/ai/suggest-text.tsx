"use client";

import { useHydrated } from "@gafus/ui/client";
import { useId, useState } from "react";
import { requestDraft } from "./request-draft";

export type TSuggestTextLabels = {
  title: string;
  text: string;
  suggest: string;
  working: string;
  suggestion: string;
  use: string;
  copied: string;
  notConfigured: string;
  failed: string;
};

/**
 * A standalone AI helper for course texts: the trainer pastes or edits a text, asks for a better wording and takes
 * it with "Use this text". Editors embed it with `onUse` (the step editor fills its field); without `onUse` the
 * text is copied to the clipboard. `subjectId` is the course or step the text belongs to (authorization).
 */
export function SuggestText({
  subjectId,
  initialText = "",
  isConfigured,
  labels,
  onUse,
  headingLevel = 2,
}: {
  subjectId: string;
  initialText?: string;
  isConfigured: boolean;
  labels: TSuggestTextLabels;
  onUse?: (text: string) => void;
  /** 3 when it sits inside another section (the step editor). */
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 3 ? "h3" : "h2";
  const SubHeading = headingLevel === 3 ? "h4" : "h3";
  const id = useId();
  const hydrated = useHydrated();
  const [text, setText] = useState(initialText);
  const [result, setResult] = useState<string | null>(null);
  const [status, setStatus] = useState<{ kind: "idle" | "working" | "error" | "copied"; message?: string }>({
    kind: "idle",
  });
  async function suggest() {
    setStatus({ kind: "working" });
    setResult(null);
    const outcome = await requestDraft({ kind: "COURSE_TEXT", subjectId, prompt: text });
    if (outcome.ok) {
      setResult(outcome.text);
      return setStatus({ kind: "idle" });
    }
    setStatus({
      kind: "error",
      message:
        outcome.code === "ai_not_configured"
          ? labels.notConfigured
          : labels.failed.replace("{reason}", outcome.message),
    });
  }
  async function use() {
    if (!result) return;
    if (onUse) {
      // The taken text becomes the assistant's input too, so a further request refines it.
      onUse(result);
      setText(result);
      return setResult(null);
    }
    await navigator.clipboard?.writeText(result).catch(() => undefined);
    setStatus({ kind: "copied" });
  }
  return (
    <section className="card stack ai-box" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>{labels.title}</Heading>
      {!isConfigured ? (
        <p className="muted">{labels.notConfigured}</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor={`${id}-text`}>{labels.text}</label>
            <textarea
              id={`${id}-text`}
              rows={5}
              maxLength={4000}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </div>
          <p>
            <button
              className="button secondary"
              type="button"
              disabled={!hydrated || status.kind === "working" || !text.trim()}
              onClick={() => void suggest()}
            >
              {labels.suggest}
            </button>
          </p>
          <p role="status" className={status.kind === "error" ? "alert error" : "small muted"}>
            {status.kind === "working"
              ? labels.working
              : status.kind === "copied"
                ? labels.copied
                : (status.message ?? "")}
          </p>
          {result && (
            <div className="stack">
              <SubHeading>{labels.suggestion}</SubHeading>
              <p className="pre-wrap" data-testid="ai-suggestion">
                {result}
              </p>
              <p>
                <button className="button" type="button" onClick={() => void use()}>
                  {labels.use}
                </button>
              </p>
            </div>
          )}
        </>
      )}
    </section>
  );
}
