"use client";

import { useHydrated } from "@gafus/ui/client";
import type { FormEvent } from "react";
import { FieldFrame, fieldAria, FormStatus } from "./fields";
import { fmt, type TLabels } from "./labels";
import { useAction } from "./use-action";

/** Saves the step being edited into the trainer's own template library under a category. */
export function SaveTemplateForm({ stepId, L }: { stepId: string; L: TLabels }) {
  const hydrated = useHydrated();
  const { busy, errors, status, run } = useAction(L);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const category = String(new FormData(event.currentTarget).get("category") ?? "");
    await run(`/steps/${stepId}/template`, "POST", { category }, { success: fmt(L, "authoring.templates.saved") });
  }
  return (
    <form className="card stack" onSubmit={submit} noValidate aria-labelledby="save-template-title">
      <h2 id="save-template-title">{fmt(L, "authoring.templates.saveAs")}</h2>
      <FormStatus status={status} />
      <FieldFrame id="category" label={fmt(L, "authoring.templates.category")} error={errors.category}>
        <input {...fieldAria("category", undefined, errors.category)} required maxLength={60} />
      </FieldFrame>
      <button className="button secondary" type="submit" disabled={busy || !hydrated}>
        {fmt(L, "authoring.templates.saveAs")}
      </button>
    </form>
  );
}

export function DeleteTemplateButton({ templateId, title, L }: { templateId: string; title: string; L: TLabels }) {
  const hydrated = useHydrated();
  const { busy, status, run } = useAction(L);
  return (
    <>
      <FormStatus status={status} />
      <button
        type="button"
        className="button secondary small"
        disabled={busy || !hydrated}
        onClick={() => run(`/templates/${templateId}`, "DELETE", undefined)}
      >
        {fmt(L, "authoring.templates.delete", { title })}
      </button>
    </>
  );
}
