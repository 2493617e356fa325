"use client";

import { useHydrated } from "@gafus/ui/client";
import { useState, type FormEvent } from "react";
import { panelApi } from "../authoring/api";
import { parseTags } from "./parse-tags";

type TLabels = {
  title: string;
  content: string;
  tags: string;
  tagsHint: string;
  course: string;
  anyCourse: string;
  visible: string;
  add: string;
};

/** A new note about the student: text, tags, an optional course, and whether the student may see it. */
export function NoteForm({
  studentId,
  courses,
  labels,
}: {
  studentId: string;
  courses: { id: string; title: string }[];
  labels: TLabels;
}) {
  const hydrated = useHydrated();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const data = new FormData(event.currentTarget);
    const result = await panelApi("/notes", {
      method: "POST",
      json: {
        studentId,
        courseId: data.get("courseId") || null,
        content: String(data.get("content") ?? ""),
        tags: parseTags(String(data.get("tags") ?? "")),
        visibleToStudent: data.get("visibleToStudent") === "on",
      },
    });
    if (result.ok) return window.location.reload();
    setBusy(false);
    setError(result.message);
  }
  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="note-form-title">
      <h2 id="note-form-title">{labels.title}</h2>
      {error && (
        <p className="alert error" role="alert">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor="note-content">{labels.content}</label>
        <textarea id="note-content" name="content" rows={3} maxLength={4000} required />
      </div>
      <div className="field">
        <label htmlFor="note-tags">{labels.tags}</label>
        <input id="note-tags" name="tags" aria-describedby="note-tags-hint" autoComplete="off" />
        <p className="hint" id="note-tags-hint">
          {labels.tagsHint}
        </p>
      </div>
      {courses.length > 0 && (
        <div className="field">
          <label htmlFor="note-course">{labels.course}</label>
          <select id="note-course" name="courseId" defaultValue="">
            <option value="">{labels.anyCourse}</option>
            {courses.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field checkbox insights-checkbox">
        <input id="note-visible" name="visibleToStudent" type="checkbox" />
        <label htmlFor="note-visible">{labels.visible}</label>
      </div>
      <p>
        <button className="button" type="submit" disabled={busy || !hydrated}>
          {labels.add}
        </button>
      </p>
    </form>
  );
}
