"use client";

import { fmt, type TLabels } from "./labels";

export type TQuizQuestion = {
  id: string;
  text: string;
  multiple: boolean;
  options: { id: string; text: string }[];
  correct: string[];
};

let counter = 0;
const newId = (prefix: string) => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`;

export function newQuestion(): TQuizQuestion {
  return {
    id: newId("q"),
    text: "",
    multiple: false,
    options: [
      { id: newId("o"), text: "" },
      { id: newId("o"), text: "" },
    ],
    correct: [],
  };
}

/**
 * Questions with options and their correct answers: a radio per option for single choice, checkboxes for several.
 * Every control has its own label naming the question and option number, for screen readers.
 */
export function QuizEditor({
  questions,
  onChange,
  errors,
  L,
}: {
  questions: TQuizQuestion[];
  onChange: (next: TQuizQuestion[]) => void;
  errors: Record<string, string[]>;
  L: TLabels;
}) {
  const update = (index: number, patch: Partial<TQuizQuestion>) =>
    onChange(questions.map((q, i) => (i === index ? { ...q, ...patch } : q)));

  return (
    <fieldset className="stack quiz-editor">
      <legend>{fmt(L, "authoring.quiz.title")}</legend>
      {questions.map((q, qi) => {
        const n = qi + 1;
        const correctError = errors[`quiz.questions.${qi}.correct`];
        return (
          <div key={q.id} className="card stack quiz-question" role="group" aria-labelledby={`${q.id}-legend`}>
            <h4 id={`${q.id}-legend`}>{fmt(L, "authoring.quiz.question", { n })}</h4>
            <div className="field">
              <label htmlFor={`${q.id}-text`}>{fmt(L, "authoring.quiz.questionText", { n })}</label>
              <input
                id={`${q.id}-text`}
                value={q.text}
                maxLength={500}
                aria-invalid={errors[`quiz.questions.${qi}.text`] ? true : undefined}
                onChange={(e) => update(qi, { text: e.target.value })}
              />
            </div>
            <div className="field checkbox">
              <input
                id={`${q.id}-multiple`}
                type="checkbox"
                checked={q.multiple}
                onChange={(e) =>
                  update(qi, {
                    multiple: e.target.checked,
                    correct: e.target.checked ? q.correct : q.correct.slice(0, 1),
                  })
                }
              />
              <label htmlFor={`${q.id}-multiple`}>{fmt(L, "authoring.quiz.multiple")}</label>
            </div>
            <ol className="plain-list stack">
              {q.options.map((o, oi) => {
                const on = oi + 1;
                const isCorrect = q.correct.includes(o.id);
                return (
                  <li key={o.id} className="row wrap quiz-option">
                    <div className="field grow">
                      <label htmlFor={`${o.id}-text`}>{fmt(L, "authoring.quiz.option", { n: on })}</label>
                      <input
                        id={`${o.id}-text`}
                        value={o.text}
                        maxLength={300}
                        onChange={(e) =>
                          update(qi, {
                            options: q.options.map((x) => (x.id === o.id ? { ...x, text: e.target.value } : x)),
                          })
                        }
                      />
                    </div>
                    <div className="field checkbox">
                      <input
                        id={`${o.id}-correct`}
                        type={q.multiple ? "checkbox" : "radio"}
                        name={`${q.id}-correct`}
                        checked={isCorrect}
                        onChange={(e) =>
                          update(qi, {
                            correct: q.multiple
                              ? e.target.checked
                                ? [...q.correct, o.id]
                                : q.correct.filter((c) => c !== o.id)
                              : [o.id],
                          })
                        }
                      />
                      <label htmlFor={`${o.id}-correct`}>{fmt(L, "authoring.quiz.correct", { n: on })}</label>
                    </div>
                    <button
                      type="button"
                      className="icon-button danger"
                      disabled={q.options.length <= 2}
                      aria-label={fmt(L, "authoring.quiz.removeOption", { n: on })}
                      onClick={() =>
                        update(qi, {
                          options: q.options.filter((x) => x.id !== o.id),
                          correct: q.correct.filter((c) => c !== o.id),
                        })
                      }
                    >
                      <span aria-hidden="true">✕</span>
                    </button>
                  </li>
                );
              })}
            </ol>
            {correctError && (
              <p className="error" role="alert">
                {correctError.join(" ")}
              </p>
            )}
            <div className="row wrap">
              <button
                type="button"
                className="button secondary small"
                disabled={q.options.length >= 10}
                onClick={() => update(qi, { options: [...q.options, { id: newId("o"), text: "" }] })}
              >
                {fmt(L, "authoring.quiz.addOption")}
              </button>
              <button
                type="button"
                className="button secondary small"
                onClick={() => onChange(questions.filter((_, i) => i !== qi))}
              >
                {fmt(L, "authoring.quiz.removeQuestion", { n })}
              </button>
            </div>
          </div>
        );
      })}
      <button type="button" className="button secondary" onClick={() => onChange([...questions, newQuestion()])}>
        {fmt(L, "authoring.quiz.addQuestion")}
      </button>
    </fieldset>
  );
}
