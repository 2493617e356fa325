"use client";

import { useHydrated } from "@gafus/ui/client";
import type { FormEvent } from "react";
import { FieldFrame, fieldAria, FormStatus } from "./fields";
import { fmt, type TLabels } from "./labels";
import { useAction } from "./use-action";

/**
 * "Add from your library" for days and steps: pick one of the trainer's own, and POST its id (as `bodyKey`) to
 * `path`; the page refreshes with the new placement. Says so when the library is empty.
 */
export function LibraryReuseForm({
  name,
  path,
  bodyKey,
  options,
  texts,
  L,
}: {
  /** Field name and id prefix, unique on the page. */
  name: string;
  path: string;
  bodyKey: string;
  options: { id: string; label: string }[];
  texts: { title: string; empty: string; select: string };
  L: TLabels;
}) {
  const hydrated = useHydrated();
  const action = useAction(L);
  async function reuse(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await action.run(path, "POST", { [bodyKey]: String(new FormData(event.currentTarget).get(name) ?? "") });
  }
  return (
    <form className="card stack" onSubmit={reuse} noValidate aria-labelledby={`${name}-title`}>
      <h3 id={`${name}-title`}>{texts.title}</h3>
      <FormStatus status={action.status} />
      {options.length === 0 ? (
        <p className="muted">{texts.empty}</p>
      ) : (
        <>
          <FieldFrame id={name} label={texts.select}>
            <select {...fieldAria(name)}>
              {options.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </select>
          </FieldFrame>
          <button className="button secondary" type="submit" disabled={action.busy || !hydrated}>
            {fmt(L, "authoring.steps.add.button")}
          </button>
        </>
      )}
    </form>
  );
}
