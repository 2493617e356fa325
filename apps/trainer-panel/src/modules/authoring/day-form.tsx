"use client";

import { useHydrated } from "@gafus/ui/client";
import type { FormEvent } from "react";
import { FieldFrame, fieldAria, FormStatus } from "./fields";
import { fmt, type TLabels } from "./labels";
import { useAction } from "./use-action";

const DAY_TYPES = ["INTRODUCTION", "REGULAR", "DIAGNOSTICS", "SUMMARY"];

type TDay = { id: string; title: string; description: string; type: string };

/** A day's title, description and type. */
export function DayForm({ day, L }: { day: TDay; L: TLabels }) {
  const hydrated = useHydrated();
  const { busy, errors, status, run } = useAction(L);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    await run(
      `/days/${day.id}`,
      "PATCH",
      {
        title: String(data.get("title") ?? ""),
        description: String(data.get("description") ?? ""),
        type: String(data.get("type")),
      },
      { success: fmt(L, "authoring.saved") },
    );
  }
  return (
    <form className="card stack" onSubmit={submit} noValidate aria-labelledby="day-form-title">
      <h2 id="day-form-title">{fmt(L, "authoring.day.details")}</h2>
      <FormStatus status={status} />
      <FieldFrame id="title" label={fmt(L, "authoring.field.title")} error={errors.title}>
        <input {...fieldAria("title", undefined, errors.title)} defaultValue={day.title} required maxLength={200} />
      </FieldFrame>
      <FieldFrame id="description" label={fmt(L, "authoring.field.description")} error={errors.description}>
        <textarea
          {...fieldAria("description", undefined, errors.description)}
          defaultValue={day.description}
          rows={3}
        />
      </FieldFrame>
      <FieldFrame id="type" label={fmt(L, "authoring.field.dayType")}>
        <select {...fieldAria("type")} defaultValue={day.type}>
          {DAY_TYPES.map((type) => (
            <option key={type} value={type}>
              {fmt(L, `dayType.${type}`)}
            </option>
          ))}
        </select>
      </FieldFrame>
      <button className="button" type="submit" disabled={busy || !hydrated}>
        {fmt(L, "authoring.save")}
      </button>
    </form>
  );
}
