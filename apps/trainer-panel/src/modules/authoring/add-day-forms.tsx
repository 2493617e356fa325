"use client";

import { useHydrated } from "@gafus/ui/client";
import type { FormEvent } from "react";
import { FieldFrame, fieldAria, FormStatus } from "./fields";
import { fmt, type TLabels } from "./labels";
import { LibraryReuseForm } from "./library-reuse-form";
import { useAction } from "./use-action";

const DAY_TYPES = ["INTRODUCTION", "REGULAR", "DIAGNOSTICS", "SUMMARY"];

type TLibraryDay = { id: string; title: string; type: string; stepCount: number; usedInCourses: number };

/** "Add a new day" and "add a day from your library" under the course's day list. */
export function AddDayForms({ courseId, library, L }: { courseId: string; library: TLibraryDay[]; L: TLabels }) {
  const hydrated = useHydrated();
  const created = useAction(L);

  async function addNew(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const ok = await created.run(`/courses/${courseId}/days`, "POST", {
      title: String(data.get("day-title") ?? ""),
      type: String(data.get("day-type")),
    });
    if (ok) form.reset();
  }

  return (
    <div className="form-grid">
      <form className="card stack" onSubmit={addNew} noValidate aria-labelledby="add-day-title">
        <h3 id="add-day-title">{fmt(L, "authoring.days.add")}</h3>
        <FormStatus status={created.status} />
        <FieldFrame id="day-title" label={fmt(L, "authoring.days.newTitle")} error={created.errors.title}>
          <input {...fieldAria("day-title", undefined, created.errors.title)} required maxLength={200} />
        </FieldFrame>
        <FieldFrame id="day-type" label={fmt(L, "authoring.field.dayType")}>
          <select {...fieldAria("day-type")} defaultValue="REGULAR">
            {DAY_TYPES.map((type) => (
              <option key={type} value={type}>
                {fmt(L, `dayType.${type}`)}
              </option>
            ))}
          </select>
        </FieldFrame>
        <button className="button" type="submit" disabled={created.busy || !hydrated}>
          {fmt(L, "authoring.days.add")}
        </button>
      </form>
      <LibraryReuseForm
        name="library-day"
        path={`/courses/${courseId}/days/reuse`}
        bodyKey="dayId"
        options={library.map((day) => ({
          id: day.id,
          label: `${day.title} · ${fmt(L, "authoring.days.steps", { count: day.stepCount })} · ${fmt(L, "authoring.usedIn", { count: day.usedInCourses })}`,
        }))}
        texts={{
          title: fmt(L, "authoring.days.reuse"),
          empty: fmt(L, "authoring.days.libraryEmpty"),
          select: fmt(L, "authoring.days.reuseSelect"),
        }}
        L={L}
      />
    </div>
  );
}
