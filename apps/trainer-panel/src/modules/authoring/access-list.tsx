"use client";

import { useHydrated } from "@gafus/ui/client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { panelApi } from "./api";
import { FieldFrame, fieldAria, FormStatus, type TStatus } from "./fields";
import { failureText, fieldTexts } from "./errors";
import { fmt, type TLabels } from "./labels";

type TStudent = { userId: string; email: string; name: string };

/** The access list of a private course: add a student by email, remove one. */
export function AccessList({ courseId, students, L }: { courseId: string; students: TStudent[]; L: TLabels }) {
  const hydrated = useHydrated();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<TStatus>(null);
  const [error, setError] = useState<string[] | undefined>();

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const email = String(new FormData(form).get("access-email") ?? "");
    setBusy(true);
    const result = await panelApi(`/courses/${courseId}/access`, { method: "POST", json: { email } });
    setBusy(false);
    if (!result.ok) {
      setError(fieldTexts(L, result).email);
      return setStatus({ kind: "error", text: failureText(L, result) });
    }
    setError(undefined);
    form.reset();
    setStatus({ kind: "success", text: fmt(L, "authoring.access.added", { email }) });
    router.refresh();
  }

  async function remove(student: TStudent) {
    setBusy(true);
    const result = await panelApi(`/courses/${courseId}/access/${student.userId}`, { method: "DELETE" });
    setBusy(false);
    if (!result.ok) return setStatus({ kind: "error", text: failureText(L, result) });
    setStatus(null);
    router.refresh();
  }

  return (
    <section className="card stack" aria-labelledby="access-title">
      <h2 id="access-title">{fmt(L, "authoring.access.title")}</h2>
      <p className="muted">{fmt(L, "authoring.access.hint")}</p>
      {students.length === 0 ? (
        <p className="muted">{fmt(L, "authoring.access.empty")}</p>
      ) : (
        <ul className="plain-list">
          {students.map((s) => (
            <li key={s.userId} className="row space-between">
              <span>
                {s.name} · <span className="muted">{s.email}</span>
              </span>
              <button
                className="button secondary small"
                type="button"
                disabled={busy || !hydrated}
                onClick={() => remove(s)}
                aria-label={fmt(L, "authoring.access.remove", { name: s.email })}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="stack" onSubmit={add} noValidate>
        <FormStatus status={status} />
        <FieldFrame id="access-email" label={fmt(L, "authoring.access.email")} error={error}>
          <input {...fieldAria("access-email", undefined, error)} type="email" autoComplete="off" required />
        </FieldFrame>
        <button className="button" type="submit" disabled={busy || !hydrated}>
          {fmt(L, "authoring.access.add")}
        </button>
      </form>
    </section>
  );
}
