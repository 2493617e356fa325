"use client";

import { useHydrated } from "@gafus/ui/client";
import type { FormEvent } from "react";
import { FieldFrame, fieldAria, FormStatus } from "./fields";
import { categoryName, fmt, type TLabels } from "./labels";
import { useAction } from "./use-action";

type TOption = { id: string; title: string; type: string };
type TTemplate = TOption & { category: string };

/** "Add a step from your library" and "from a template" under a day's step list. */
export function AddStepForms({
  dayId,
  library,
  templates,
  L,
}: {
  dayId: string;
  library: TOption[];
  templates: TTemplate[];
  L: TLabels;
}) {
  const hydrated = useHydrated();
  const reused = useAction(L);
  const templated = useAction(L);
  const categories = [...new Set(templates.map((t) => t.category))];

  async function reuse(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await reused.run(`/days/${dayId}/steps/reuse`, "POST", {
      stepId: String(new FormData(event.currentTarget).get("library-step") ?? ""),
    });
  }
  async function fromTemplate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await templated.run(`/days/${dayId}/steps/from-template`, "POST", {
      templateId: String(new FormData(event.currentTarget).get("template") ?? ""),
    });
  }

  return (
    <div className="form-grid">
      <form className="card stack" onSubmit={fromTemplate} noValidate aria-labelledby="template-step-title">
        <h3 id="template-step-title">{fmt(L, "authoring.steps.fromTemplate")}</h3>
        <FormStatus status={templated.status} />
        <FieldFrame id="template" label={fmt(L, "authoring.steps.templateSelect")}>
          <select {...fieldAria("template")}>
            {categories.map((category) => (
              <optgroup key={category} label={categoryName(L, category)}>
                {templates
                  .filter((t) => t.category === category)
                  .map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.title} · {fmt(L, `stepType.${t.type}`)}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </FieldFrame>
        <button className="button secondary" type="submit" disabled={templated.busy || !hydrated || !templates.length}>
          {fmt(L, "authoring.steps.add.button")}
        </button>
      </form>
      <form className="card stack" onSubmit={reuse} noValidate aria-labelledby="reuse-step-title">
        <h3 id="reuse-step-title">{fmt(L, "authoring.steps.reuse")}</h3>
        <FormStatus status={reused.status} />
        {library.length === 0 ? (
          <p className="muted">{fmt(L, "authoring.steps.libraryEmpty")}</p>
        ) : (
          <>
            <FieldFrame id="library-step" label={fmt(L, "authoring.steps.reuseSelect")}>
              <select {...fieldAria("library-step")}>
                {library.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title} · {fmt(L, `stepType.${s.type}`)}
                  </option>
                ))}
              </select>
            </FieldFrame>
            <button className="button secondary" type="submit" disabled={reused.busy || !hydrated}>
              {fmt(L, "authoring.steps.add.button")}
            </button>
          </>
        )}
      </form>
    </div>
  );
}
