"use client";

import { useHydrated } from "@gafus/ui/client";
import type { FormEvent } from "react";
import { FieldFrame, fieldAria, FormStatus } from "./fields";
import { categoryName, fmt, type TLabels } from "./labels";
import { LibraryReuseForm } from "./library-reuse-form";
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
  const templated = useAction(L);
  const categories = [...new Set(templates.map((t) => t.category))];

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
      <LibraryReuseForm
        name="library-step"
        path={`/days/${dayId}/steps/reuse`}
        bodyKey="stepId"
        options={library.map((s) => ({ id: s.id, label: `${s.title} · ${fmt(L, `stepType.${s.type}`)}` }))}
        texts={{
          title: fmt(L, "authoring.steps.reuse"),
          empty: fmt(L, "authoring.steps.libraryEmpty"),
          select: fmt(L, "authoring.steps.reuseSelect"),
        }}
        L={L}
      />
    </div>
  );
}
